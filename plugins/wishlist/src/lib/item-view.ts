import type { ItemRow, WishlistRow, WishlistWithItems } from "../modules/wishlist/lib/types"
import type { Availability, VariantFacts } from "./variant-facts"

export type PriceChange = { amount: number; percent: number; direction: "down" | "up" | "same" }

export type ItemView = {
  id: string
  variant_id: string
  product_id: string | null
  quantity: number
  note: string | null
  metadata: Record<string, unknown> | null
  saved_at: Date
  saved_price: { amount: number; currency_code: string } | null
  current_price: { amount: number; currency_code: string } | null
  price_change: PriceChange | null
  availability: Availability
  product: { id: string | null; title: string | null; handle: string | null; thumbnail: string | null }
  variant: { id: string; title: string | null; sku: string | null }
}

export type WishlistView = {
  id: string
  name: string
  is_default: boolean
  item_count: number
  share: { token: string; expires_at: Date; created_at: Date | null } | null
  created_at: Date
  updated_at: Date
  items: ItemView[]
}

/** Saved vs current price in one currency, rounded to cents and tenths of a percent. */
export function priceChange(
  saved: { amount: number; currency_code: string } | null,
  current: { amount: number; currency_code: string } | null
): PriceChange | null {
  if (!saved || !current || saved.currency_code !== current.currency_code) return null
  const amount = Math.round((current.amount - saved.amount) * 100) / 100
  const percent = saved.amount ? Math.round((amount / saved.amount) * 1000) / 10 : 0
  return { amount, percent, direction: amount < 0 ? "down" : amount > 0 ? "up" : "same" }
}

/** An item as the shopper sees it: saved facts, and live price and availability when the variant still exists. */
export function toItemView(item: ItemRow, facts: VariantFacts | undefined): ItemView {
  const saved = item.saved_price
    ? { amount: Number(item.saved_price.amount), currency_code: item.saved_price.currency_code }
    : null
  const current = facts?.price ?? null
  return {
    id: item.id,
    variant_id: item.variant_id,
    product_id: item.product_id,
    quantity: item.quantity,
    note: item.note,
    metadata: item.line_metadata,
    saved_at: item.saved_at,
    saved_price: saved,
    current_price: current,
    price_change: priceChange(saved, current),
    availability: facts?.availability ?? "discontinued",
    product: {
      id: item.product_id,
      title: facts?.product?.title ?? item.product_title,
      handle: facts?.product?.handle ?? item.product_handle,
      thumbnail: facts?.product?.thumbnail ?? item.thumbnail,
    },
    variant: { id: item.variant_id, title: facts?.title ?? item.variant_title, sku: facts?.sku ?? item.variant_sku },
  }
}

export function toWishlistView(
  list: WishlistRow & { items?: ItemRow[] },
  items: ItemView[],
  shareToken: (list: WishlistRow) => string | null
): WishlistView {
  const token = shareToken(list)
  return {
    id: list.id,
    name: list.name,
    is_default: list.is_default,
    item_count: items.length,
    share:
      token && list.share_expires_at ? { token, expires_at: list.share_expires_at, created_at: list.shared_at } : null,
    created_at: list.created_at,
    updated_at: list.updated_at,
    items,
  }
}

/** The read-only view behind a share link: nothing that identifies or belongs only to the owner. */
export function toSharedView(list: WishlistWithItems, items: ItemView[]) {
  return {
    name: list.name,
    item_count: items.length,
    shared_at: list.shared_at,
    items: items.map(({ id: _id, note: _note, metadata: _metadata, ...shared }) => shared),
  }
}
