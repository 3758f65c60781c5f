import type { ConsentState, ProfileAggregates, UtmTouch } from "./types"

/** A tp_visitor_profile row as PostgreSQL returns it (jsonb parsed, timestamptz as Date). */
export type ProfileRow = ProfileAggregates &
  ConsentState & {
    id: string
    customer_id: string | null
    order_count: number
    last_order_at: Date | null
    total_spent: Record<string, number>
  }

export function aggregatesOf(row: ProfileRow): ProfileAggregates {
  return {
    visits: row.visits,
    visits_since_last_order: row.visits_since_last_order,
    event_count: row.event_count,
    page_views: row.page_views,
    searches: row.searches,
    add_to_carts: row.add_to_carts,
    checkouts_started: row.checkouts_started,
    first_seen_at: row.first_seen_at,
    last_seen_at: row.last_seen_at,
    first_utm: row.first_utm as UtmTouch | null,
    last_utm: row.last_utm as UtmTouch | null,
    product_views: row.product_views ?? {},
    category_views: row.category_views ?? {},
    recent_product_ids: row.recent_product_ids ?? [],
    last_cart_id: row.last_cart_id,
  }
}

/** Behavioural aggregates reset when a visitor withdraws analytics consent (orders and carts stay). */
export function withoutAnalytics(aggregates: ProfileAggregates): ProfileAggregates {
  return {
    ...aggregates,
    visits: 0,
    visits_since_last_order: 0,
    page_views: 0,
    searches: 0,
    first_utm: null,
    last_utm: null,
    product_views: {},
    category_views: {},
    recent_product_ids: [],
    event_count: aggregates.add_to_carts + aggregates.checkouts_started,
  }
}
