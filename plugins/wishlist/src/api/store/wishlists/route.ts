import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { renderOwnedList, renderOwnedLists } from "../../../lib/render-owned-lists"
import { issued, shopperForWrite, shopperOf, wishlistService } from "../../../lib/shopper"
import { createWishlistWorkflow } from "../../../workflows/create-list"
import type { GetWishlistsType, PostWishlistType } from "./validators"

/** The shopper's lists, default first, with live prices and availability. */
export async function GET(req: MedusaRequest<unknown, GetWishlistsType>, res: MedusaResponse) {
  const wishlists = await renderOwnedLists(req, shopperOf(req).owner, req.validatedQuery.region_id)
  // every list at once: a shopper holds at most `limits.listsPerShopper` of them
  const limit = wishlistService(req).limits.listsPerShopper
  res.json({ wishlists, count: wishlists.length, offset: 0, limit })
}

/** Creates a named list (a guest without a token gets one). */
export async function POST(req: MedusaRequest<PostWishlistType>, res: MedusaResponse) {
  const shopper = shopperForWrite(req, res)
  const { result } = await createWishlistWorkflow(req.scope).run({
    input: { owner: shopper.owner, name: req.validatedBody.name },
  })
  res.json({ wishlist: await renderOwnedList(req, shopper.owner, result.id), ...issued(shopper) })
}
