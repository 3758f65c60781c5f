/** Who owns a list: a logged-in customer, or a guest known by the hash of their guest token. */
export type Owner = { kind: "customer"; customerId: string } | { kind: "guest"; guestKey: string }

export type Money = { amount: number; currency_code: string; region_id?: string | null }

/** What the alert check saw last for an item. */
export type Watch = { amount: number | null; currency_code: string | null; in_stock: boolean }

export type WishlistRow = {
  id: string
  customer_id: string | null
  guest_key: string | null
  name: string
  name_key: string
  is_default: boolean
  share_nonce: string | null
  share_expires_at: Date | null
  shared_at: Date | null
  created_at: Date
  updated_at: Date
  deleted_at: Date | null
}

export type ItemRow = {
  id: string
  wishlist_id: string
  variant_id: string
  product_id: string | null
  quantity: number
  note: string | null
  line_metadata: Record<string, unknown> | null
  saved_price: Money | null
  product_title: string | null
  variant_title: string | null
  product_handle: string | null
  variant_sku: string | null
  thumbnail: string | null
  source: "manual" | "cart" | "merge"
  saved_at: Date
  removed_at: Date | null
  removal: "removed" | "moved_to_cart" | "merged" | null
  moved_to_cart_id: string | null
  purchased_at: Date | null
  purchase_order_id: string | null
  watch: Watch | null
}

/** An active item as the alert check reads it, with its list's customer (null for a guest's list). */
export type WatchedItem = Pick<
  ItemRow,
  "id" | "wishlist_id" | "variant_id" | "product_id" | "saved_price" | "watch"
> & {
  customer_id: string | null
}

export type WishlistWithItems = WishlistRow & { items: ItemRow[] }

/** What a new item is made of (from a variant, or from a cart line). */
export type NewItem = Pick<
  ItemRow,
  | "variant_id"
  | "product_id"
  | "quantity"
  | "saved_price"
  | "product_title"
  | "variant_title"
  | "product_handle"
  | "variant_sku"
  | "thumbnail"
  | "watch"
> & {
  note?: string | null
  line_metadata?: Record<string, unknown> | null
  source: "manual" | "cart"
}

/** Rows as they were before a change: compensation writes them back. */
export type Snapshot = {
  lists?: WishlistRow[]
  items?: ItemRow[]
  createdItemIds?: string[]
  createdListIds?: string[]
}

export type Limits = { listsPerShopper: number; itemsPerList: number; maxQuantity: number }
