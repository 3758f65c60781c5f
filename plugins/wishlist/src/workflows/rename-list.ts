import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { Owner } from "../modules/wishlist/lib/types"
import { renameWishlistStep } from "./steps/rename-list"

export const renameWishlistWorkflowId = "touchpoints-wishlist-rename-list"

/** Renames one of a shopper's lists. */
export const renameWishlistWorkflow = createWorkflow(
  renameWishlistWorkflowId,
  (input: { owner: Owner; id: string; name: string }) => new WorkflowResponse(renameWishlistStep(input))
)
