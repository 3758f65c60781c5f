import type { AuthenticatedMedusaRequest, MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Whose email choices a request is about. `cartOnly` is set for a guest's cart: its email address is whatever the
 * shopper typed, so reading answers only what was chosen through that cart, never the address's other choices.
 */
export type ConsentSubject = {
  address: string
  cartOnly: string | null
  /** The logged-in customer whose own address this is (the proof of a verified choice), else null. */
  customerId: string | null
}

type ConsentCart = {
  email?: string | null
  customer_id?: string | null
  customer?: { has_account?: boolean | null } | null
}

/**
 * The address a shopper's email choice is about: the cart's email (the cart id is the shopper's secret, as in
 * Medusa's own cart routes), or the logged-in customer's own email. Nobody names an address directly. A cart of a
 * registered customer answers only to that customer logged in: to anyone else it does not exist.
 */
export async function consentSubjectOf(req: MedusaRequest, cartId: string | undefined): Promise<ConsentSubject> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const auth = (req as AuthenticatedMedusaRequest).auth_context
  const customerId = auth?.actor_type === "customer" ? auth.actor_id : null
  if (cartId) {
    const { data } = await query.graph({
      entity: "cart",
      fields: ["id", "email", "customer_id", "customer.has_account"],
      filters: { id: cartId },
    })
    const cart = data[0] as ConsentCart | undefined
    const registered = Boolean(cart?.customer?.has_account)
    if (!cart || (registered && cart.customer_id !== customerId)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${cartId} was not found`)
    }
    if (!cart.email) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The cart has no email address yet")
    return registered
      ? { address: cart.email, cartOnly: null, customerId }
      : { address: cart.email, cartOnly: cartId, customerId: null }
  }
  if (!customerId) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Give a cart_id, or log in to choose for your own address")
  }
  const { data } = await query.graph({ entity: "customer", fields: ["id", "email"], filters: { id: customerId } })
  const customer = data[0] as { email?: string | null } | undefined
  if (!customer?.email) throw new MedusaError(MedusaError.Types.NOT_FOUND, "The customer has no email address")
  return { address: customer.email, cartOnly: null, customerId }
}
