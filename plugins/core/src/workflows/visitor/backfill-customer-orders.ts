import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { backfillCustomerOrdersStep } from "./steps/backfill-customer-orders"

export const backfillCustomerOrdersWorkflowId = "touchpoints-core-backfill-customer-orders"

/** Brings every customer's order count, last order and spend up to date from the existing orders. */
export const backfillCustomerOrdersWorkflow = createWorkflow(
  backfillCustomerOrdersWorkflowId,
  () => new WorkflowResponse(backfillCustomerOrdersStep())
)
