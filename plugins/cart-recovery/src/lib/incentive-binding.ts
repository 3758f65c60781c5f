/** An incentive promotion's binding, from its metadata (codes of the 0.1 releases have no `expires_at`). */
export type IncentiveBinding = { code: string; cartId: string; expiresAt: Date }

/** The shopper a cart belongs to, as far as an incentive cares. */
export type CartShopper = { email: string | null; customer_id: string | null }

type PromotionRecord = {
  code?: string | null
  created_at?: Date | string | null
  metadata?: Record<string, unknown> | null
}

/**
 * The binding of a cart-recovery incentive promotion, or null for any other promotion. A code made before codes
 * expired gets `lifetimeDays` from when it was made, so an old reminder's code does not work forever.
 */
export function incentiveBindingOf(promotion: PromotionRecord, lifetimeDays: number): IncentiveBinding | null {
  const metadata = promotion.metadata ?? {}
  if (metadata.touchpoints !== "cart-recovery" || typeof metadata.cart_id !== "string" || !promotion.code) return null
  const stored = typeof metadata.expires_at === "string" ? new Date(metadata.expires_at) : null
  const made = new Date(promotion.created_at ?? 0)
  const expiresAt =
    stored && !Number.isNaN(stored.getTime()) ? stored : new Date(made.getTime() + lifetimeDays * 86_400_000)
  return { code: promotion.code, cartId: metadata.cart_id, expiresAt }
}

const normalized = (email: string | null) => email?.trim().toLowerCase() || null

/** Whether `cart` is the reminded shopper's: the same customer, or the same email address. */
export function sameShopper(reminded: CartShopper, cart: CartShopper): boolean {
  if (reminded.customer_id && reminded.customer_id === cart.customer_id) return true
  const email = normalized(reminded.email)
  return email !== null && email === normalized(cart.email)
}

/** Whether the cart says who its shopper is yet (a new cart has neither email nor customer until checkout). */
export function knowsShopper(cart: CartShopper): boolean {
  return Boolean(normalized(cart.email) || cart.customer_id)
}
