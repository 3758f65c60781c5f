import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { forgetCustomerOrderStep } from "./steps/forget-customer-order"

export const forgetCustomerOrderWorkflowId = "touchpoints-core-forget-customer-order"

/** Runs on `order.canceled`: a canceled order no longer counts as an order or as spend. */
export const forgetCustomerOrderWorkflow = createWorkflow(
  forgetCustomerOrderWorkflowId,
  (input: { order_id: string }) => new WorkflowResponse(forgetCustomerOrderStep(input))
)
