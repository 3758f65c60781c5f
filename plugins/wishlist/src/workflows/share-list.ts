import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type ShareWishlistInput, shareWishlistStep } from "./steps/share-list"

export const shareWishlistWorkflowId = "touchpoints-wishlist-share-list"

/** Shares a list under a fresh link (rotating any earlier one), or revokes sharing (`expires_in_days: null`). */
export const shareWishlistWorkflow = createWorkflow(
  shareWishlistWorkflowId,
  (input: ShareWishlistInput) => new WorkflowResponse(shareWishlistStep(input))
)
