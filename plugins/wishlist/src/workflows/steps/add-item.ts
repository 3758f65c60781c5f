import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WISHLIST_MODULE } from "../../modules/wishlist"
import type { NewItem, Snapshot } from "../../modules/wishlist/lib/types"
import type WishlistModuleService from "../../modules/wishlist/service"

export const addWishlistItemStepId = "touchpoints-wishlist-add-item-step"

/** Adds an item (or its quantity to the same variant's item); compensation writes the list back as it was. */
export const addWishlistItemStep = createStep(
  addWishlistItemStepId,
  async (input: { wishlist_id: string; item: NewItem }, { container }) => {
    const { item, snapshot } = await container
      .resolve<WishlistModuleService>(WISHLIST_MODULE)
      .addItem(input.wishlist_id, input.item)
    return new StepResponse(item, snapshot)
  },
  async (snapshot: Snapshot | undefined, { container }) => {
    if (snapshot) await container.resolve<WishlistModuleService>(WISHLIST_MODULE).restore(snapshot)
  }
)
