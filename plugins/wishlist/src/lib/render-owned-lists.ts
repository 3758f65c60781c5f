import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { Owner, WishlistRow } from "../modules/wishlist/lib/types"
import type { WishlistView } from "./item-view"
import { renderWishlists } from "./render-wishlists"
import { salesChannelOf, wishlistService } from "./shopper"
import { shareTokenOf } from "./tokens"

/** The share link token of a shared list (recomputed from its nonce), or null. */
export function shareTokenFor(req: MedusaRequest) {
  const keys = wishlistService(req).settings.share.keys
  return (list: WishlistRow) =>
    list.share_nonce && list.share_expires_at && new Date(list.share_expires_at).getTime() > Date.now()
      ? shareTokenOf(keys, list.share_nonce, new Date(list.share_expires_at))
      : null
}

/** Every list of the owner, live (prices and stock in the request's region and sales channel). */
export async function renderOwnedLists(req: MedusaRequest, owner: Owner | null, regionId?: string) {
  if (!owner) return []
  const lists = await wishlistService(req).listOwned(owner)
  return renderWishlists(
    req.scope.resolve(ContainerRegistrationKeys.QUERY),
    lists,
    { region_id: regionId, sales_channel_id: salesChannelOf(req) },
    shareTokenFor(req)
  )
}

/** One of the owner's lists, live; 404 when it is not theirs. */
export async function renderOwnedList(
  req: MedusaRequest,
  owner: Owner | null,
  id: string,
  regionId?: string
): Promise<WishlistView> {
  const list = owner ? await wishlistService(req).retrieveOwned(owner, id) : null
  if (!list) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Wishlist ${id} was not found`)
  const [view] = await renderWishlists(
    req.scope.resolve(ContainerRegistrationKeys.QUERY),
    [list],
    { region_id: regionId, sales_channel_id: salesChannelOf(req) },
    shareTokenFor(req)
  )
  return view
}
