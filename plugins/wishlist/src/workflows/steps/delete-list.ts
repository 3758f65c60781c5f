import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WISHLIST_MODULE } from "../../modules/wishlist"
import type { Owner, Snapshot } from "../../modules/wishlist/lib/types"
import type WishlistModuleService from "../../modules/wishlist/service"

export const deleteWishlistStepId = "touchpoints-wishlist-delete-list-step"

/** Deletes one of the shopper's named lists with its items; compensation brings both back. */
export const deleteWishlistStep = createStep(
  deleteWishlistStepId,
  async (input: { owner: Owner; id: string }, { container }) => {
    const snapshot = await container.resolve<WishlistModuleService>(WISHLIST_MODULE).deleteList(input.owner, input.id)
    return new StepResponse({ id: input.id }, snapshot)
  },
  async (snapshot: Snapshot | undefined, { container }) => {
    if (snapshot) await container.resolve<WishlistModuleService>(WISHLIST_MODULE).restore(snapshot)
  }
)
