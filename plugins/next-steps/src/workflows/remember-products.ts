import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { rememberDeletedProductsStep } from "./steps/remember-deleted-products"
import { rememberProductsStep } from "./steps/remember-products"

export const rememberProductsWorkflowId = "next-steps-remember-products"

/** Keeps the memory of changed products current (product.created / product.updated). */
export const rememberProductsWorkflow = createWorkflow(
  rememberProductsWorkflowId,
  (input: { product_ids: string[] }) => new WorkflowResponse(rememberProductsStep(input))
)

export const rememberDeletedProductsWorkflowId = "next-steps-remember-deleted-products"

/** Remembers that products were deleted (product.deleted): their pages still lead somewhere. */
export const rememberDeletedProductsWorkflow = createWorkflow(
  rememberDeletedProductsWorkflowId,
  (input: { product_ids: string[] }) => new WorkflowResponse(rememberDeletedProductsStep(input))
)
