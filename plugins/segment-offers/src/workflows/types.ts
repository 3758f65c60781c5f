import type { Rule } from "../modules/segment-offers/lib/rules"
import type { OfferContent } from "../modules/segment-offers/models/offer"

export type SegmentInput = {
  name: string
  description?: string | null
  rule: Rule
  status?: "active" | "paused"
  mirror_to_group?: boolean
  email_offer?: boolean
}

export type SegmentRecord = SegmentInput & {
  id: string
  description: string | null
  status: "active" | "paused"
  mirror_to_group: boolean
  email_offer: boolean
  customer_group_id: string | null
}

/** A promotion made together with the offer: a code for a percentage or fixed amount off the order. */
export type NewOfferPromotion = {
  code: string
  type: "percentage" | "fixed"
  value: number
  currency_code?: string
  campaign?: { starts_at?: string | null; ends_at?: string | null; usage_limit?: number | null }
}

export type OfferInput = {
  name: string
  segment_ids: string[]
  promotion_id?: string
  priority?: number
  status?: "active" | "paused"
  starts_at?: string | null
  ends_at?: string | null
  placements?: string[]
  once_per_shopper?: boolean
  content: OfferContent
}

export type OfferRecord = Omit<OfferInput, "promotion_id"> & { id: string; promotion_id: string }
