import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { rememberDeletedProductsStep } from "./steps/remember-deleted-products"

export const rememberDeletedProductsWorkflowId = "touchpoints-next-steps-remember-deleted-products"

/** Remembers that products were deleted (product.deleted): their pages still lead somewhere. */
export const rememberDeletedProductsWorkflow = createWorkflow(
  rememberDeletedProductsWorkflowId,
  (input: { product_ids: string[] }) => new WorkflowResponse(rememberDeletedProductsStep(input))
)
