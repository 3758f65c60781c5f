import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { Owner } from "../modules/wishlist/lib/types"
import { addWishlistItemStep } from "./steps/add-item"
import { type DescribeVariantInput, describeVariantStep } from "./steps/describe-variant"
import { useOwnedWishlist } from "./steps/ensure-list"

export const addWishlistItemWorkflowId = "touchpoints-wishlist-add-item"

export type AddWishlistItemWorkflowInput = DescribeVariantInput & { owner: Owner; wishlist_id: string }

/** Saves a variant into one of the shopper's lists (the default list is made on first use). */
export const addWishlistItemWorkflow = createWorkflow(
  addWishlistItemWorkflowId,
  (input: AddWishlistItemWorkflowInput) => {
    const item = describeVariantStep(input)
    const wishlist = useOwnedWishlist(input, true)
    const saved = addWishlistItemStep(
      transform({ wishlist, item }, ({ wishlist, item }) => ({ wishlist_id: wishlist.id, item }))
    )
    return new WorkflowResponse({ wishlist_id: wishlist.id, item: saved })
  }
)
