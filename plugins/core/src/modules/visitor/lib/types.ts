import type { VisitorEventType } from "./event-types"

export type UtmParams = {
  source?: string
  medium?: string
  campaign?: string
  term?: string
  content?: string
}

/** A UTM set and when it was seen (first-touch / last-touch attribution). */
export type UtmTouch = UtmParams & { at: string }

/** One validated event as the service folds it in. */
export type VisitorEventInput = {
  type: VisitorEventType
  occurred_at: Date
  product_id?: string
  variant_id?: string
  category_id?: string
  cart_id?: string
  quantity?: number
  query?: string
  url?: string
  referrer?: string
  title?: string
  utm?: UtmParams
  /** Recommendation events: the widget's placement, the product it recommended for, what it showed. */
  placement?: string
  anchor_product_id?: string
  product_ids?: string[]
}

/** The aggregate fields of a profile that events and merges change. */
export type ProfileAggregates = {
  visits: number
  visits_since_last_order: number
  event_count: number
  page_views: number
  searches: number
  add_to_carts: number
  checkouts_started: number
  first_seen_at: Date | null
  last_seen_at: Date | null
  first_utm: UtmTouch | null
  last_utm: UtmTouch | null
  product_views: Record<string, number>
  category_views: Record<string, number>
  recent_product_ids: string[]
  last_cart_id: string | null
}

export type ConsentState = {
  analytics_consent: boolean | null
  consent_source: string | null
  consent_updated_at: Date | null
}

/** An event as workflows carry it: their input is serialized, so the timestamp is an ISO string. */
export type VisitorEventPayload = Omit<VisitorEventInput, "occurred_at"> & { occurred_at: string }
