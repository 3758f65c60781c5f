import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type EnsureIncentivePromotionInput, ensureIncentivePromotionStep } from "./steps/ensure-incentive-promotion"

export const ensureIncentivePromotionWorkflowId = "touchpoints-cart-recovery-ensure-incentive-promotion"

/** The single-use promotion of a reminder's incentive code, made once. */
export const ensureIncentivePromotionWorkflow = createWorkflow(
  ensureIncentivePromotionWorkflowId,
  (input: EnsureIncentivePromotionInput) => new WorkflowResponse(ensureIncentivePromotionStep(input))
)
