import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const loadRecoveryTargetStepId = "touchpoints-cart-recovery-load-target-step"

/**
 * Where a recovery puts the lines: `added` to the shopper's own open cart, `created` in a new cart (no cart, or
 * the shopper's cart was ordered), or `unchanged` when the shopper's cart is the reminded cart itself (same device).
 */
export type RecoveryTarget = { cart_id: string | null; mode: "added" | "created" | "unchanged" }

type CartRecord = {
  id: string
  completed_at: string | Date | null
  customer_id: string | null
  customer?: { has_account: boolean } | null
}

/**
 * The shopper's cart as the recovery's target. A cart of a registered customer is only the shopper's when they
 * are that customer logged in (anyone else gets the 404 of an unknown cart), as in the wishlist's cart routes.
 */
export const loadRecoveryTargetStep = createStep(
  loadRecoveryTargetStepId,
  async (input: { cart_id: string | null; customer_id: string | null; reminded_cart_id: string }, { container }) => {
    if (!input.cart_id) return new StepResponse<RecoveryTarget>({ cart_id: null, mode: "created" })
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: ["id", "completed_at", "customer_id", "customer.has_account"],
      filters: { id: input.cart_id },
    })
    const cart = data[0] as unknown as CartRecord | undefined
    const foreign = cart?.customer_id && cart.customer?.has_account && cart.customer_id !== input.customer_id
    if (!cart || foreign) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${input.cart_id} was not found`)
    if (cart.completed_at) return new StepResponse<RecoveryTarget>({ cart_id: null, mode: "created" })
    const mode = cart.id === input.reminded_cart_id ? "unchanged" : "added"
    return new StepResponse<RecoveryTarget>({ cart_id: cart.id, mode })
  }
)
