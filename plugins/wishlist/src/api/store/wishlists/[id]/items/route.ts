import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { renderOwnedList } from "../../../../../lib/render-owned-lists"
import { issued, salesChannelOf, shopperForWrite } from "../../../../../lib/shopper"
import { addWishlistItemWorkflow } from "../../../../../workflows/add-item"
import type { PostWishlistItemType } from "../../validators"

/** Saves a variant into a list (`default`: the default list, made on first use). */
export async function POST(req: MedusaRequest<PostWishlistItemType>, res: MedusaResponse) {
  const body = req.validatedBody
  const shopper = shopperForWrite(req, res)
  const { result } = await addWishlistItemWorkflow(req.scope).run({
    input: {
      owner: shopper.owner,
      wishlist_id: req.params.id,
      variant_id: body.variant_id,
      quantity: body.quantity,
      note: body.note,
      metadata: body.metadata,
      region_id: body.region_id,
      sales_channel_id: salesChannelOf(req),
    },
  })
  const wishlist = await renderOwnedList(req, shopper.owner, result.wishlist_id, body.region_id)
  const item = wishlist.items.find((entry) => entry.id === result.item.id)
  res.json({ wishlist, item, ...issued(shopper) })
}
