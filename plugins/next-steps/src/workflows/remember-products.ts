import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { rememberProductsStep } from "./steps/remember-products"

export const rememberProductsWorkflowId = "touchpoints-next-steps-remember-products"

/** Keeps the memory of changed products current (product.created / product.updated). */
export const rememberProductsWorkflow = createWorkflow(
  rememberProductsWorkflowId,
  (input: { product_ids: string[] }) => new WorkflowResponse(rememberProductsStep(input))
)
