import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { Owner } from "../modules/wishlist/lib/types"
import { useOwnedWishlist } from "./steps/ensure-list"
import { takeWishlistItemStep } from "./steps/take-item"

export const removeWishlistItemWorkflowId = "touchpoints-wishlist-remove-item"

/** Removes an item from one of the shopper's lists. */
export const removeWishlistItemWorkflow = createWorkflow(
  removeWishlistItemWorkflowId,
  (input: { owner: Owner; wishlist_id: string; item_id: string }) => {
    const wishlist = useOwnedWishlist(input, false)
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
