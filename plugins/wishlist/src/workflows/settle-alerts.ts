import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type SettleWishlistAlertsInput, settleWishlistAlertsStep } from "./steps/settle-alerts"

export const settleWishlistAlertsWorkflowId = "touchpoints-wishlist-settle-alerts"

export const settleWishlistAlertsWorkflow = createWorkflow(
  settleWishlistAlertsWorkflowId,
  (input: SettleWishlistAlertsInput) => new WorkflowResponse(settleWishlistAlertsStep(input))
)
