import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { mergeGuestWishlistsStep } from "./steps/merge-guest-lists"

export const mergeGuestWishlistsWorkflowId = "touchpoints-wishlist-merge-guest-lists"

/** Moves a guest's lists into a customer's after login (idempotent). */
export const mergeGuestWishlistsWorkflow = createWorkflow(
  mergeGuestWishlistsWorkflowId,
  (input: { guest_key: string; customer_id: string }) => new WorkflowResponse(mergeGuestWishlistsStep(input))
)
