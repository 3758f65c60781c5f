import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CART_RECOVERY_MODULE } from "../../modules/cart-recovery"
import type CartRecoveryModuleService from "../../modules/cart-recovery/service"

/** Counts a click on a reminder's recovery link. */
export const recordRecoveryClickStep = createStep(
  "touchpoints-record-recovery-click",
  async (input: { cart_id: string }, { container }) => {
    await container.resolve<CartRecoveryModuleService>(CART_RECOVERY_MODULE).recordClick(input.cart_id)
    return new StepResponse(true)
  }
)
