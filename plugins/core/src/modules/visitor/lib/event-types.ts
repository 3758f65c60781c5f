/** The visitor event types the events endpoint accepts, in one place for validators, options and aggregation. */
export const VISITOR_EVENT_TYPES = [
  "page_view",
  "product_view",
  "category_view",
  "search",
  "add_to_cart",
  "checkout_started",
  "recommendation_impression",
  "recommendation_click",
] as const

/** Where a widget showed recommendations (impression and click events name it). */
export const RECOMMENDATION_PLACEMENTS = ["also_bought", "cart_also_bought", "bundle", "next_steps", "offer"] as const

export type VisitorEventType = (typeof VISITOR_EVENT_TYPES)[number]

/** Visitor ids are first-party random ids minted by the storefront (a UUID fits). */
export const VISITOR_ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/
