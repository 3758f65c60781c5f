import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type RecordWishlistAlertInput, recordWishlistAlertStep } from "./steps/record-alert"

export const recordWishlistAlertWorkflowId = "touchpoints-wishlist-record-alert"

export const recordWishlistAlertWorkflow = createWorkflow(
  recordWishlistAlertWorkflowId,
  (input: RecordWishlistAlertInput) => new WorkflowResponse(recordWishlistAlertStep(input))
)
