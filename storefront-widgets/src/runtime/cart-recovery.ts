import { storeFetch } from "./client.js"
import type { TouchpointsError } from "./errors.js"
import { emit } from "./events.js"

/** A line a reminder link brings back (what the reminder showed), or a line of the shopper's cart after it. */
export interface RecoveredCartItem {
  /** The line's id in the shopper's cart (absent in a link's view: the reminded cart stays private). */
  id?: string
  product_id: string | null
  variant_id: string | null
  title: string
  variant_title: string | null
  thumbnail: string | null
  quantity: number
  unit_price: number
}

/** What a reminder's link would restore: `GET /store/cart-recovery/:token`. It names no cart. */
export interface RecoveryView {
  region_id: string | null
  currency_code: string
  items: RecoveredCartItem[]
  item_total: number
  reminder_step: number
  expires_at: string
  /** The shopper's cart (asked with `cartId`) already is the reminded cart: the same device, nothing to ask. */
  is_your_cart: boolean
}

/** The shopper's cart after following a link: their own cart, or a new one made for them. */
export interface RecoveredCart {
  id: string
  region_id: string | null
  currency_code: string
  items: RecoveredCartItem[]
  item_total: number
}

/** How a link was followed: lines `added` to the shopper's cart, a `created` cart, or `unchanged` (same cart). */
export type RecoveryMode = "added" | "created" | "unchanged"

const path = (token: string) => `/store/cart-recovery/${encodeURIComponent(token)}`

/**
 * Reads what a reminder link would restore (changes nothing), and whether `cartId` already is its cart. Rejects
 * with status 404 for a bad link, 410 for an expired one, 409 for a cart that was already ordered.
 */
export async function fetchRecoveryView(
  token: string,
  cartId?: string | null,
  reportTo?: EventTarget | null
): Promise<RecoveryView> {
  const query = { cart_id: cartId || undefined }
  const { recovery } = await storeFetch<{ recovery: RecoveryView }>(path(token), { query, reportTo })
  return recovery
}

/**
 * Follows a reminder link: its lines go into the shopper's cart `cartId`, or into a new cart when there is none.
 * Resolves with that cart (never the reminded one, so whoever sent the link cannot know its id).
 */
export async function restoreRecovery(
  token: string,
  cartId: string | null,
  reportTo?: EventTarget | null
): Promise<{ cart: RecoveredCart; mode: RecoveryMode }> {
  return storeFetch<{ cart: RecoveredCart; mode: RecoveryMode }>(path(token), {
    method: "POST",
    body: cartId ? { cart_id: cartId } : {},
    reportTo,
  })
}

/**
 * How many lines the shopper's cart holds: 0 for a cart that is gone (404) or ordered, where a new cart is made.
 * Other failures reject (reported as `tp-error` on `reportTo`).
 */
export async function cartLineCount(cartId: string, reportTo?: EventTarget | null): Promise<number> {
  try {
    const { cart } = await storeFetch<{ cart: { completed_at: string | null; items: unknown[] | null } }>(
      `/store/carts/${encodeURIComponent(cartId)}`,
      { query: { fields: "id,completed_at,items.id" }, reportTo: null }
    )
    return cart.completed_at ? 0 : (cart.items?.length ?? 0)
  } catch (error) {
    if ((error as { status?: number }).status === 404) return 0
    if (reportTo !== null) emit("tp-error", { error: error as TouchpointsError }, reportTo ?? undefined)
    throw error
  }
}
