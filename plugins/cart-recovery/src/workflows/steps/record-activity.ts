import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CART_RECOVERY_MODULE } from "../../modules/cart-recovery"
import type CartRecoveryModuleService from "../../modules/cart-recovery/service"

/** Marks carts active now (an activity timestamp only moves forward: nothing to undo). */
export const recordCartActivityStep = createStep(
  "touchpoints-cart-recovery-record-activity-step",
  async (input: { cart_ids: string[] }, { container }) => {
    await container.resolve<CartRecoveryModuleService>(CART_RECOVERY_MODULE).touchActivity(input.cart_ids)
    return new StepResponse(input.cart_ids.length)
  }
)
