import type { AuthenticatedMedusaRequest, MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * The address a shopper's email choice is about: the cart's email (the cart id is the shopper's secret, as in
 * Medusa's own cart routes), or the logged-in customer's own email. Nobody names an address directly.
 */
export async function consentAddressOf(req: MedusaRequest, cartId: string | undefined): Promise<string> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  if (cartId) {
    const { data } = await query.graph({ entity: "cart", fields: ["id", "email"], filters: { id: cartId } })
    const cart = data[0] as { email?: string | null } | undefined
    if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${cartId} was not found`)
    if (!cart.email) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The cart has no email address yet")
    return cart.email
  }
  const auth = (req as AuthenticatedMedusaRequest).auth_context
  const customerId = auth?.actor_type === "customer" ? auth.actor_id : null
  if (!customerId) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Give a cart_id, or log in to choose for your own address")
  }
  const { data } = await query.graph({ entity: "customer", fields: ["id", "email"], filters: { id: customerId } })
  const customer = data[0] as { email?: string | null } | undefined
  if (!customer?.email) throw new MedusaError(MedusaError.Types.NOT_FOUND, "The customer has no email address")
  return customer.email
}
