import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { toSharedView } from "../../../../lib/item-view"
import { renderItems } from "../../../../lib/render-wishlists"
import { salesChannelOf, wishlistService } from "../../../../lib/shopper"
import { readShareToken } from "../../../../lib/tokens"
import type { GetSharedWishlistType } from "../validators"

/** A shared list, read-only and without anything about its owner. Forged, expired or revoked links: 404. */
export async function GET(req: MedusaRequest<unknown, GetSharedWishlistType>, res: MedusaResponse) {
  const wishlists = wishlistService(req)
  const share = readShareToken(wishlists.settings.share.keys, req.params.token)
  const list = share ? await wishlists.retrieveShared(share.nonce) : null
  if (!list) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This wishlist is not shared (the link may have been revoked)")
  }
  const items = await renderItems(req.scope.resolve(ContainerRegistrationKeys.QUERY), list.items, {
    region_id: req.validatedQuery.region_id,
    sales_channel_id: salesChannelOf(req),
  })
  res.json({ wishlist: toSharedView(list, items) })
}
