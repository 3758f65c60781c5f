import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { Owner } from "../modules/wishlist/lib/types"
import { deleteWishlistStep } from "./steps/delete-list"

export const deleteWishlistWorkflowId = "touchpoints-wishlist-delete-list"

/** Deletes one of a shopper's named lists. */
export const deleteWishlistWorkflow = createWorkflow(
  deleteWishlistWorkflowId,
  (input: { owner: Owner; id: string }) => new WorkflowResponse(deleteWishlistStep(input))
)
