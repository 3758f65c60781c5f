/** The cart fields `isForeignCart` reads. */
export const CART_OWNER_FIELDS = ["customer_id", "customer.has_account"]

type OwnedCart = { customer_id?: string | null; customer?: { has_account?: boolean | null } | null }

/**
 * True when the cart belongs to a registered customer who is not the shopper asking (`customerId`: the logged-in
 * customer, or null): that shopper gets the same 404 as for an unknown cart. A guest cart stays reachable by
 * whoever holds its id, as in Medusa's own cart routes (and the wishlist and offers plugins' cart routes).
 */
export function isForeignCart(cart: OwnedCart, customerId: string | null): boolean {
  return Boolean(cart.customer_id && cart.customer?.has_account && cart.customer_id !== customerId)
}
