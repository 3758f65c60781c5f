import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CART_RECOVERY_MODULE } from "../../modules/cart-recovery"
import type CartRecoveryModuleService from "../../modules/cart-recovery/service"

export type RecordCartRecoveryInput = { cart_id: string; order_id: string; total: number; currency_code: string }

/** Attributes an order to the reminders of the cart it came from (once; only carts that were reminded). */
export const recordCartRecoveryStep = createStep(
  "touchpoints-cart-recovery-record-recovery-step",
  async (input: RecordCartRecoveryInput, { container }) => {
    const counted = await container.resolve<CartRecoveryModuleService>(CART_RECOVERY_MODULE).recordRecovery({
      cartId: input.cart_id,
      orderId: input.order_id,
      total: input.total,
      currencyCode: input.currency_code,
    })
    return new StepResponse(counted)
  }
)
