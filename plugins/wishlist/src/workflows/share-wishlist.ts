import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type ShareWishlistInput, shareWishlistStep } from "./steps/share-wishlist"

export const shareWishlistWorkflowId = "share-wishlist"

/** Shares a list under a fresh link (rotating any earlier one), or revokes sharing (`expires_in_days: null`). */
export const shareWishlistWorkflow = createWorkflow(
  shareWishlistWorkflowId,
  (input: ShareWishlistInput) => new WorkflowResponse(shareWishlistStep(input))
)
