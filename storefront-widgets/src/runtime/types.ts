/**
 * The event contract of `POST /store/touchpoints/events` (plugins/core). Each type allows only its own
 * fields; the backend answers 400 for anything else, so `track()` drops unknown fields before sending.
 */
export type EventType =
  | "page_view"
  | "product_view"
  | "category_view"
  | "search"
  | "add_to_cart"
  | "checkout_started"
  | "recommendation_impression"
  | "recommendation_click"

/** Where a widget showed recommendations (impression and click events name it). */
export type RecommendationPlacement = "also_bought" | "cart_also_bought" | "bundle" | "next_steps" | "offer"

export interface Utm {
  source?: string
  medium?: string
  campaign?: string
  term?: string
  content?: string
}

interface Base {
  /** ISO timestamp; `track()` fills it in. */
  occurred_at?: string
}

export interface PageViewEvent extends Base {
  type: "page_view"
  url?: string
  referrer?: string
  title?: string
  utm?: Utm
}
export interface ProductViewEvent extends Base {
  type: "product_view"
  product_id: string
  url?: string
}
export interface CategoryViewEvent extends Base {
  type: "category_view"
  category_id: string
  url?: string
}
export interface SearchEvent extends Base {
  type: "search"
  query: string
  url?: string
}
export interface AddToCartEvent extends Base {
  type: "add_to_cart"
  product_id?: string
  variant_id: string
  /** Whole number, 1-10000. */
  quantity: number
  cart_id?: string
}
export interface CheckoutStartedEvent extends Base {
  type: "checkout_started"
  cart_id: string
}

/** A recommendation widget became visible with these products. */
export interface RecommendationImpressionEvent extends Base {
  type: "recommendation_impression"
  placement: RecommendationPlacement
  /** The product the recommendations are for (a product page). */
  anchor_product_id?: string
  cart_id?: string
  /** 1-50 product ids shown. */
  product_ids: string[]
}
/** The shopper followed or added a recommended product. */
export interface RecommendationClickEvent extends Base {
  type: "recommendation_click"
  placement: RecommendationPlacement
  anchor_product_id?: string
  cart_id?: string
  product_id: string
}

export type TrackEvent =
  | RecommendationImpressionEvent
  | RecommendationClickEvent
  | PageViewEvent
  | ProductViewEvent
  | CategoryViewEvent
  | SearchEvent
  | AddToCartEvent
  | CheckoutStartedEvent

/** Longest text the backend takes per field (longer values are cut); others: 2048 (URLs). */
export const FIELD_MAX: Record<string, number> = { title: 300, query: 200 }

/** Fields each event type may carry (besides `type` and `occurred_at`). */
export const EVENT_FIELDS: Record<EventType, readonly string[]> = {
  page_view: ["url", "referrer", "title", "utm"],
  product_view: ["product_id", "url"],
  category_view: ["category_id", "url"],
  search: ["query", "url"],
  add_to_cart: ["product_id", "variant_id", "quantity", "cart_id"],
  checkout_started: ["cart_id"],
  recommendation_impression: ["placement", "anchor_product_id", "cart_id", "product_ids"],
  recommendation_click: ["placement", "anchor_product_id", "cart_id", "product_id"],
}

/** An event as sent: `type`, `occurred_at` and only the fields its type allows. */
export type WireEvent = { type: EventType; occurred_at: string } & Record<string, unknown>
