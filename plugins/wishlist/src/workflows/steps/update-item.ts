import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WISHLIST_MODULE } from "../../modules/wishlist"
import type { Snapshot } from "../../modules/wishlist/lib/types"
import type WishlistModuleService from "../../modules/wishlist/service"

export const updateWishlistItemStepId = "touchpoints-wishlist-update-item-step"

export type UpdateWishlistItemInput = {
  wishlist_id: string
  item_id: string
  quantity?: number
  note?: string | null
}

/** Changes an item's quantity or note; compensation writes the old values back. */
export const updateWishlistItemStep = createStep(
  updateWishlistItemStepId,
  async (input: UpdateWishlistItemInput, { container }) => {
    const { item, snapshot } = await container
      .resolve<WishlistModuleService>(WISHLIST_MODULE)
      .updateItem(input.wishlist_id, input.item_id, { quantity: input.quantity, note: input.note })
    return new StepResponse(item, snapshot)
  },
  async (snapshot: Snapshot | undefined, { container }) => {
    if (snapshot) await container.resolve<WishlistModuleService>(WISHLIST_MODULE).restore(snapshot)
  }
)
