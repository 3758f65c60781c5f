import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { Owner } from "../modules/wishlist/lib/types"
import { ensureWishlistStep } from "./steps/ensure-wishlist"
import { takeWishlistItemStep } from "./steps/take-wishlist-item"

export const removeWishlistItemWorkflowId = "remove-wishlist-item"

/** Removes an item from one of the shopper's lists. */
export const removeWishlistItemWorkflow = createWorkflow(
  removeWishlistItemWorkflowId,
  (input: { owner: Owner; wishlist_id: string; item_id: string }) => {
    const wishlist = ensureWishlistStep(
      transform({ input }, ({ input }) => ({
        owner: input.owner,
        wishlist_id: input.wishlist_id,
        create_default: false,
      }))
    )
    const item = takeWishlistItemStep(
      transform({ input, wishlist }, ({ input, wishlist }) => ({
        wishlist_id: wishlist.id,
        item_id: input.item_id,
        removal: { kind: "removed" as const },
      }))
    )
    return new WorkflowResponse({ wishlist_id: wishlist.id, item })
  }
)
