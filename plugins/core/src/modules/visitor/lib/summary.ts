import type { ProfileRow } from "./profile-row"

const ranked = (counts: Record<string, number>, key: "product_id" | "category_id") =>
  Object.entries(counts)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([id, count]) => ({ [key]: id, count }))

/**
 * The shopper-facing summary of a profile (GET /store/touchpoints/visitor). It holds nothing that opens other
 * data: no cart id (Medusa's cart routes hand a cart's email and addresses to whoever names it).
 */
export function summarizeProfile(row: ProfileRow, visitorId: string | null) {
  return {
    id: visitorId,
    customer_id: row.customer_id,
    visits: row.visits,
    visits_since_last_order: row.visits_since_last_order,
    first_seen_at: row.first_seen_at,
    last_seen_at: row.last_seen_at,
    first_touch: row.first_utm,
    last_touch: row.last_utm,
    event_count: row.event_count,
    page_views: row.page_views,
    searches: row.searches,
    add_to_carts: row.add_to_carts,
    checkouts_started: row.checkouts_started,
    product_views: ranked(row.product_views ?? {}, "product_id"),
    category_views: ranked(row.category_views ?? {}, "category_id"),
    recent_product_ids: row.recent_product_ids ?? [],
    orders: { count: row.order_count, last_order_at: row.last_order_at, total_spent: row.total_spent ?? {} },
    consent: { analytics: row.analytics_consent, source: row.consent_source, updated_at: row.consent_updated_at },
  }
}

export type VisitorSummary = ReturnType<typeof summarizeProfile>
