import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CART_RECOVERY_MODULE } from "../../modules/cart-recovery"
import type CartRecoveryModuleService from "../../modules/cart-recovery/service"

export const recordRestoreStepId = "touchpoints-cart-recovery-record-restore-step"

/**
 * Counts the link's click and records where the reminded cart's lines went (an order from there counts as the
 * reminded cart's recovery). Compensation puts the reminded cart's record back as it was.
 */
export const recordRestoreStep = createStep(
  recordRestoreStepId,
  async (input: { reminded_cart_id: string; cart_id: string }, { container }) => {
    const snapshot = await container
      .resolve<CartRecoveryModuleService>(CART_RECOVERY_MODULE)
      .recordRestore({ remindedCartId: input.reminded_cart_id, cartId: input.cart_id })
    return new StepResponse(true, snapshot)
  },
  async (snapshot, { container }) => {
    if (snapshot) await container.resolve<CartRecoveryModuleService>(CART_RECOVERY_MODULE).undoRestore(snapshot)
  }
)
