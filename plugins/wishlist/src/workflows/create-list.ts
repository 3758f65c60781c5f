import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { Owner } from "../modules/wishlist/lib/types"
import { createWishlistStep } from "./steps/create-list"

export const createWishlistWorkflowId = "touchpoints-wishlist-create-list"

/** Creates a named list for a shopper. */
export const createWishlistWorkflow = createWorkflow(
  createWishlistWorkflowId,
  (input: { owner: Owner; name: string }) => new WorkflowResponse(createWishlistStep(input))
)
