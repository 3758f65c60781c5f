import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WISHLIST_MODULE } from "../../modules/wishlist"
import type { Owner } from "../../modules/wishlist/lib/types"
import type WishlistModuleService from "../../modules/wishlist/service"

export const createWishlistStepId = "touchpoints-wishlist-create-list-step"

/** Creates a named list (unique name per shopper, within the list limit); compensation deletes it. */
export const createWishlistStep = createStep(
  createWishlistStepId,
  async (input: { owner: Owner; name: string }, { container }) => {
    const wishlist = await container.resolve<WishlistModuleService>(WISHLIST_MODULE).createList(input.owner, input.name)
    return new StepResponse(wishlist, wishlist.id)
  },
  async (id: string | undefined, { container }) => {
    if (id) await container.resolve<WishlistModuleService>(WISHLIST_MODULE).restore({ createdListIds: [id] })
  }
)
