import { storeFetch } from "./client.js"

/** A line of a recovered cart (what the reminder showed). */
export interface RecoveredCartItem {
  id: string
  product_id: string | null
  variant_id: string | null
  title: string
  variant_title: string | null
  thumbnail: string | null
  quantity: number
  unit_price: number
}

/** The cart behind a reminder's link: `GET /store/cart-recovery/:token`. */
export interface RecoveredCart {
  id: string
  region_id: string | null
  currency_code: string
  items: RecoveredCartItem[]
  item_total: number
}

/** Reads the cart a reminder link points to (rejects with status 404 for a bad link, 409 for an ordered cart). */
export async function fetchRecoveredCart(token: string, reportTo?: EventTarget | null): Promise<RecoveredCart> {
  const { cart } = await storeFetch<{ cart: RecoveredCart }>(`/store/cart-recovery/${encodeURIComponent(token)}`, {
    reportTo,
  })
  return cart
}
