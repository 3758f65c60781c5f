import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WISHLIST_MODULE } from "../../modules/wishlist"
import type { Owner, Snapshot } from "../../modules/wishlist/lib/types"
import type WishlistModuleService from "../../modules/wishlist/service"

export const renameWishlistStepId = "touchpoints-wishlist-rename-list-step"

/** Renames one of the shopper's lists; compensation restores the old name. */
export const renameWishlistStep = createStep(
  renameWishlistStepId,
  async (input: { owner: Owner; id: string; name: string }, { container }) => {
    const { wishlist, snapshot } = await container
      .resolve<WishlistModuleService>(WISHLIST_MODULE)
      .renameList(input.owner, input.id, input.name)
    return new StepResponse(wishlist, snapshot)
  },
  async (snapshot: Snapshot | undefined, { container }) => {
    if (snapshot) await container.resolve<WishlistModuleService>(WISHLIST_MODULE).restore(snapshot)
  }
)
