import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordCustomerOrderStep } from "./steps/record-customer-order"

export const recordCustomerOrderWorkflowId = "touchpoints-core-record-customer-order"

/** Keeps a customer's order count, last order date and spend up to date (from `order.placed`). */
export const recordCustomerOrderWorkflow = createWorkflow(
  recordCustomerOrderWorkflowId,
  (input: { order_id: string }) => new WorkflowResponse(recordCustomerOrderStep(input))
)
