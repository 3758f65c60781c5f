import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WISHLIST_MODULE } from "../../modules/wishlist"
import type { Owner, WishlistRow } from "../../modules/wishlist/lib/types"
import type WishlistModuleService from "../../modules/wishlist/service"

export const ensureWishlistStepId = "wishlist-ensure-wishlist"

export type EnsureWishlistInput = {
  owner: Owner
  /** A list id, or "default"/absent for the default list. */
  wishlist_id?: string | null
  /** Make the default list when it does not exist yet (writes that add items). */
  create_default: boolean
}

/**
 * The shopper's list the workflow works on. Another shopper's list, or an unknown id, is a 404 (the same
 * answer, so ids reveal nothing). A default list made here is deleted again by compensation.
 */
export const ensureWishlistStep = createStep(
  ensureWishlistStepId,
  async (
    input: EnsureWishlistInput,
    { container }
  ): Promise<StepResponse<WishlistRow, { createdId: string | null }>> => {
    const wishlists = container.resolve<WishlistModuleService>(WISHLIST_MODULE)
    const id = input.wishlist_id || "default"
    if (id === "default" && input.create_default) {
      const { wishlist, created } = await wishlists.ensureDefault(input.owner)
      return new StepResponse(wishlist, { createdId: created ? wishlist.id : null })
    }
    const found = await wishlists.retrieveOwned(input.owner, id)
    if (!found) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Wishlist ${id} was not found`)
    }
    const { items: _items, ...wishlist } = found
    return new StepResponse(wishlist, { createdId: null })
  },
  async (undo: { createdId: string | null } | undefined, { container }) => {
    const createdId = undo?.createdId
    if (createdId) {
      await container.resolve<WishlistModuleService>(WISHLIST_MODULE).restore({ createdListIds: [createdId] })
    }
  }
)
