import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordCartActivityStep } from "./steps/record-activity"

export const recordCartActivityWorkflowId = "touchpoints-cart-recovery-record-activity"

export const recordCartActivityWorkflow = createWorkflow(
  recordCartActivityWorkflowId,
  (input: { cart_ids: string[] }) => new WorkflowResponse(recordCartActivityStep(input))
)
