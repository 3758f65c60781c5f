/** The answers of the wishlist store API (`@touchpoints/wishlist`, see its README "Store API"). */

/** Medusa v2 amount in major units (12.5 means 12.50) with its currency. */
export interface Money {
  amount: number
  currency_code: string
}

export interface PriceChange {
  amount: number
  /** Relative change in percent, e.g. -20 for a 20 % drop. */
  percent: number
  direction: "down" | "up" | "same"
}

export type Availability = "in_stock" | "sold_out" | "discontinued"

/** An item as the owner sees it. Titles and thumbnail are kept from the moment of saving. */
export interface WishlistItem {
  id: string
  variant_id: string
  product_id: string | null
  quantity: number
  note?: string | null
  metadata?: Record<string, unknown> | null
  saved_at?: string
  saved_price: Money | null
  current_price: Money | null
  price_change: PriceChange | null
  availability: Availability
  product: { id: string; title: string | null; handle: string | null; thumbnail: string | null } | null
  variant: { id: string; title: string | null; sku: string | null } | null
}

export interface WishlistShare {
  token: string
  expires_at: string | null
  created_at: string
}

export interface Wishlist {
  id: string
  name: string
  is_default: boolean
  item_count: number
  share: WishlistShare | null
  created_at?: string
  updated_at?: string
  items: WishlistItem[]
}

/** The read-only view of a shared list: nothing about its owner (no ids, notes, metadata or share). */
export type SharedWishlistItem = Omit<WishlistItem, "id" | "note" | "metadata">
export interface SharedWishlist {
  name: string
  is_default?: boolean
  item_count: number
  items: SharedWishlistItem[]
}

/** `POST /store/wishlists/:id/items/:item_id/move-to-cart` */
export interface MoveToCartResult {
  cart: { id: string } & Record<string, unknown>
  line_item_id: string | null
  price_changed: boolean
  saved_price: Money | null
  current_price: Money | null
}

/** `POST /store/carts/:id/line-items/:line_id/save-for-later` */
export interface SaveForLaterResult {
  cart: { id: string } & Record<string, unknown>
  wishlist: Wishlist
  item: WishlistItem
}
