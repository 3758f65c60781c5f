import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CART_RECOVERY_MODULE } from "../../modules/cart-recovery"
import type CartRecoveryModuleService from "../../modules/cart-recovery/service"
import type { StepRecord } from "../../modules/cart-recovery/service"

/**
 * Records what happened to carts' reminder steps and moves their sequences on. Idempotent per cart and step, and
 * it only moves sequences forward, so there is nothing to undo.
 */
export const recordRemindersStep = createStep(
  "touchpoints-cart-recovery-record-reminders-step",
  async (input: { records: StepRecord[] }, { container }) => {
    await container.resolve<CartRecoveryModuleService>(CART_RECOVERY_MODULE).recordSteps(input.records)
    return new StepResponse(input.records.length)
  }
)
