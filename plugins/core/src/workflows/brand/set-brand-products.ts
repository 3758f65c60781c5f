import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type SetBrandProductsStepInput, setBrandProductsStep } from "./steps/set-brand-products"

export const setBrandProductsWorkflowId = "touchpoints-core-set-brand-products"

export type SetBrandProductsWorkflowInput = SetBrandProductsStepInput

/** Adds products to a brand (moving them from their previous brand) and removes products from it. */
export const setBrandProductsWorkflow = createWorkflow(
  setBrandProductsWorkflowId,
  (input: SetBrandProductsWorkflowInput) => {
    return new WorkflowResponse(setBrandProductsStep(input))
  }
)
