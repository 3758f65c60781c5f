import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { Owner } from "../modules/wishlist/lib/types"
import { useOwnedWishlist } from "./steps/ensure-list"
import { updateWishlistItemStep } from "./steps/update-item"

export const updateWishlistItemWorkflowId = "touchpoints-wishlist-update-item"

/** Changes the quantity or note of an item in one of the shopper's lists. */
export const updateWishlistItemWorkflow = createWorkflow(
  updateWishlistItemWorkflowId,
  (input: { owner: Owner; wishlist_id: string; item_id: string; quantity?: number; note?: string | null }) => {
    const wishlist = useOwnedWishlist(input, false)
    const item = updateWishlistItemStep(
      transform({ input, wishlist }, ({ input, wishlist }) => ({
        wishlist_id: wishlist.id,
        item_id: input.item_id,
        quantity: input.quantity,
        note: input.note,
      }))
    )
    return new WorkflowResponse({ wishlist_id: wishlist.id, item })
  }
)
