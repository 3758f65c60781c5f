import { transform } from "@medusajs/framework/workflows-sdk"
import type { Owner } from "../../modules/wishlist/lib/types"
import { ensureWishlistStep } from "./ensure-wishlist"

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
