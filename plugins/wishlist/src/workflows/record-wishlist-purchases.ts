import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordWishlistPurchasesStep } from "./steps/record-wishlist-purchases"

export const recordWishlistPurchasesWorkflowId = "record-wishlist-purchases"

/** Marks saved items an order bought (from `order.placed`). */
export const recordWishlistPurchasesWorkflow = createWorkflow(
  recordWishlistPurchasesWorkflowId,
  (input: { order_id: string }) => new WorkflowResponse(recordWishlistPurchasesStep(input))
)
