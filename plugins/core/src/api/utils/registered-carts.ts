import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * The carts among `cartIds` that belong to a registered customer. Such a cart is theirs alone: no visitor id
 * may claim it (else a guest's behaviour facts and offers would ride on someone else's checkout). A guest's cart
 * with Medusa's guest customer record (no account) stays claimable.
 */
export async function registeredCustomerCarts(
  scope: MedusaContainer,
  cartIds: readonly string[]
): Promise<Set<string>> {
  const ids = [...new Set(cartIds)]
  if (!ids.length) return new Set()
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "customer.has_account"],
    filters: { id: ids },
  })
  return new Set(
    (data as { id: string; customer?: { has_account?: boolean } | null }[])
      .filter((cart) => cart.customer?.has_account === true)
      .map((cart) => cart.id)
  )
}
