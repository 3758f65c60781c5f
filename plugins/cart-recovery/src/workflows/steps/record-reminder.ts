import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CART_RECOVERY_MODULE } from "../../modules/cart-recovery"
import type { ReminderOutcome } from "../../modules/cart-recovery/lib/types"
import type CartRecoveryModuleService from "../../modules/cart-recovery/service"

export type RecordReminderInput = {
  cart_id: string
  step: number
  outcome: ReminderOutcome
  send_id: string | null
  advance_to: number
  promotion_code?: string | null
}

/** Records what happened to a cart's reminder step and moves its sequence on (idempotent per cart and step). */
export const recordReminderStep = createStep(
  "touchpoints-record-cart-reminder",
  async (input: RecordReminderInput, { container }) => {
    await container.resolve<CartRecoveryModuleService>(CART_RECOVERY_MODULE).recordStep({
      cartId: input.cart_id,
      step: input.step,
      outcome: input.outcome,
      sendId: input.send_id,
      advanceTo: input.advance_to,
      promotionCode: input.promotion_code,
    })
    return new StepResponse(input.outcome)
  }
)
