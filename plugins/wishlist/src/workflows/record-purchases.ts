import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordWishlistPurchasesStep } from "./steps/record-purchases"

export const recordWishlistPurchasesWorkflowId = "touchpoints-wishlist-record-purchases"

/** Marks saved items an order bought (from `order.placed`). */
export const recordWishlistPurchasesWorkflow = createWorkflow(
  recordWishlistPurchasesWorkflowId,
  (input: { order_id: string }) => new WorkflowResponse(recordWishlistPurchasesStep(input))
)
