/** Types of the recommendation routes (plugins/also-bought and plugins/next-steps). */

/** A product as a recommendation card shows it (`price` in the region's currency; null without a region). */
export interface RecommendedProduct {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  variant_id: string
  variant_title: string | null
  in_stock?: boolean
  price: { amount: number; original_amount: number; currency_code: string } | null
}

/** One companion of `GET /store/products/:id/also-bought` or `GET /store/carts/:id/also-bought`. */
export interface Companion {
  product_id: string
  score: number
  support_count: number
  confidence: number | null
  lift: number | null
  source: "pinned" | "rules" | "fallback"
  because_of: string | null
  product: RecommendedProduct
}

export interface AlsoBoughtAnswer {
  companions: Companion[]
}

export interface BundleItem {
  product_id: string
  variant_id: string
  title: string
  variant_title: string | null
  handle: string
  thumbnail: string | null
  quantity: number
  unit_price: number
  discounted_unit_price: number
  source: "product" | "pinned" | "rules"
}

/** `GET /store/products/:id/bundle`. */
export interface Bundle {
  product_id: string
  product_ids: string[]
  items: BundleItem[]
  currency_code: string
  discount_percent: number
  subtotal: number
  discount_total: number
  total: number
}

/** One link of a next-steps group. */
export interface NextStepLink {
  product_id: string
  reason: string
  product: RecommendedProduct
}

export interface NextStepsGroup {
  key: "similar" | "brand" | "for_you"
  title: string
  /** Where the group had to fill from when its own source ran short (e.g. "best_sellers"), or null. */
  fallback: string | null
  items: NextStepLink[]
}

/** `GET /store/products/:id/next-steps` and `GET /store/next-steps?handle=`. */
export interface NextSteps {
  /** By handle: the HTTP status the page should have (200, 301, 410, 404). */
  status?: number
  redirect?: { product_id: string; handle: string; title: string } | null
  product: { id: string | null; handle: string; title: string; status: string; sold_out: boolean }
  groups: NextStepsGroup[]
}
