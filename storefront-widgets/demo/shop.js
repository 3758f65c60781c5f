// The demo's store API calls: region, products, and the cart kept in localStorage.
import { storeFetch, track } from "./widgets/touchpoints.js"

export const CART_KEY = "tp_demo_cart_id"

let regionPromise
/** The shop's first region (prices and carts need one). */
export function region() {
  regionPromise ??= storeFetch("/store/regions", { query: { limit: 1, fields: "id,name,currency_code" } }).then(
    ({ regions }) => regions[0] ?? null
  )
  return regionPromise
}

const LIST_FIELDS = "id,title,handle,thumbnail,metadata,*variants.calculated_price"

export async function listProducts(query = {}) {
  const current = await region()
  const { products } = await storeFetch("/store/products", {
    query: { limit: 12, fields: LIST_FIELDS, region_id: current?.id, ...query },
  })
  return products
}

/** The stored cart, or null (a completed or unknown cart is forgotten). */
export async function currentCart() {
  const id = localStorage.getItem(CART_KEY)
  if (!id) return null
  try {
    const { cart } = await storeFetch(`/store/carts/${encodeURIComponent(id)}`)
    if (!cart.completed_at) return cart
    localStorage.removeItem(CART_KEY) // ordered: the next add starts a new cart
    return null
  } catch (error) {
    // a cart that is gone is forgotten; a slow or failing backend keeps it for the next page
    if (error?.status === 404) localStorage.removeItem(CART_KEY)
    return null
  }
}

async function ensureCart() {
  const existing = await currentCart()
  if (existing) return existing
  const current = await region()
  const { cart } = await storeFetch("/store/carts", { body: current ? { region_id: current.id } : {} })
  localStorage.setItem(CART_KEY, cart.id)
  return cart
}

/** Keeps a cart a widget made as the demo's cart, when the demo has none yet. */
export function adoptCart(cartId) {
  if (cartId && !localStorage.getItem(CART_KEY)) localStorage.setItem(CART_KEY, cartId)
}

/** Gives the cart an email and records the shopper's choice about cart reminders (marketing consent). */
export async function rememberCartEmail(cartId, email, reminders) {
  await storeFetch(`/store/carts/${encodeURIComponent(cartId)}`, { body: { email } })
  await storeFetch("/store/touchpoints/email-consent", {
    body: { cart_id: cartId, flow: "cart-recovery", granted: reminders },
  })
}

/** Adds a line, tracks add_to_cart and announces the change like the widgets do (`tp:cart-changed`). */
export async function addToCart(product, variantId, quantity) {
  const cart = await ensureCart()
  const { cart: updated } = await storeFetch(`/store/carts/${cart.id}/line-items`, {
    body: { variant_id: variantId, quantity },
  })
  track({ type: "add_to_cart", product_id: product.id, variant_id: variantId, quantity, cart_id: cart.id })
  document.dispatchEvent(
    new CustomEvent("tp:cart-changed", { detail: { cart_id: cart.id, reason: "add" }, bubbles: true })
  )
  return updated
}

export async function updateCartBadge() {
  const badge = document.querySelector("[data-cart-count]")
  if (!badge) return
  const cart = await currentCart().catch(() => null)
  const count = (cart?.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
  badge.textContent = count > 0 ? String(count) : ""
}
