import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WISHLIST_MODULE } from "../../modules/wishlist"
import type { Snapshot } from "../../modules/wishlist/lib/types"
import type WishlistModuleService from "../../modules/wishlist/service"

export const takeWishlistItemStepId = "touchpoints-wishlist-take-item-step"

export type TakeWishlistItemInput = {
  wishlist_id: string
  item_id: string
  removal: { kind: "removed" } | { kind: "moved_to_cart"; cartId: string }
}

/** Takes an item out of its list (exactly once under concurrency); compensation puts it back. */
export const takeWishlistItemStep = createStep(
  takeWishlistItemStepId,
  async (input: TakeWishlistItemInput, { container }) => {
    const { item, snapshot } = await container
      .resolve<WishlistModuleService>(WISHLIST_MODULE)
      .takeItem(input.wishlist_id, input.item_id, input.removal)
    return new StepResponse(item, snapshot)
  },
  async (snapshot: Snapshot | undefined, { container }) => {
    if (snapshot) await container.resolve<WishlistModuleService>(WISHLIST_MODULE).restore(snapshot)
  }
)
