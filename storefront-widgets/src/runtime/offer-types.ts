/** Where a storefront shows an offer (`GET /store/offers?placement=`). */
export type OfferPlacement = "home" | "product" | "cart"

/** The offer's promotion: a percentage, or a fixed amount in major units of `currency_code`. */
export interface OfferDiscount {
  type: "percentage" | "fixed"
  value: number
  currency_code: string | null
}

/** An offer the shopper has earned, as `GET /store/offers` answers it. */
export interface OfferView {
  id: string
  headline: string
  text: string | null
  image_url: string | null
  cta_label: string | null
  cta_url: string | null
  placements: OfferPlacement[]
  /** The promotion code; null for an offer without a promotion (nothing to apply). */
  code: string | null
  discount: OfferDiscount | null
  worth: number
  segment_id: string
  /** Why the shopper sees it, for the shopper ("You have visited 3 times without buying yet"). */
  reason: string
}

/** The cart after an offer was applied (`POST /store/carts/:id/offers/:offer_id`). */
export interface OfferCart {
  id: string
  currency_code: string
  item_subtotal: number
  discount_total: number
  total: number
  promotions: { id: string; code: string | null }[]
}
