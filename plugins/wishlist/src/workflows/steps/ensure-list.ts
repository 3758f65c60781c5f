import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse, transform } from "@medusajs/framework/workflows-sdk"
import { WISHLIST_MODULE } from "../../modules/wishlist"
import type { Owner, WishlistRow } from "../../modules/wishlist/lib/types"
import type WishlistModuleService from "../../modules/wishlist/service"

export const ensureWishlistStepId = "touchpoints-wishlist-ensure-list-step"

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

/**
 * Composes `ensureWishlistStep` for a workflow whose input names the owner and the list: the shopper's
 * list, or a 404. With `createDefault` the default list is made when the workflow adds to it.
 */
export function useOwnedWishlist(input: { owner: Owner; wishlist_id?: string | null }, createDefault: boolean) {
  return ensureWishlistStep(
    transform({ input }, ({ input }) => ({
      owner: input.owner,
      wishlist_id: input.wishlist_id,
      create_default: createDefault,
    }))
  )
}
