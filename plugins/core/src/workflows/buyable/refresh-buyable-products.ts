import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { productsOfChangeStep } from "./steps/products-of-change"
import { refreshBuyableProductsStep } from "./steps/refresh-buyable-products"

export const refreshBuyableProductsWorkflowId = "touchpoints-core-refresh-buyable-products"

/** Runs on a product, variant, stock or order event: the snapshot checks the products it touched again. */
export const refreshBuyableProductsWorkflow = createWorkflow(
  refreshBuyableProductsWorkflowId,
  (input: { event: string; id: string }) =>
    new WorkflowResponse(refreshBuyableProductsStep(productsOfChangeStep(input)))
)
