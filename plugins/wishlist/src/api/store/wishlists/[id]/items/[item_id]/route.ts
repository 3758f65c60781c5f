import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { renderOwnedList } from "../../../../../../lib/render-owned-lists"
import { requireOwner, shopperOf } from "../../../../../../lib/shopper"
import { removeWishlistItemWorkflow } from "../../../../../../workflows/remove-item"
import { updateWishlistItemWorkflow } from "../../../../../../workflows/update-item"
import type { UpdateWishlistItemType } from "../../../validators"

/** Changes an item's quantity or note. */
export async function POST(req: MedusaRequest<UpdateWishlistItemType>, res: MedusaResponse) {
  const owner = requireOwner(shopperOf(req), `Wishlist ${req.params.id}`)
  const { result } = await updateWishlistItemWorkflow(req.scope).run({
    input: { owner, wishlist_id: req.params.id, item_id: req.params.item_id, ...req.validatedBody },
  })
  const wishlist = await renderOwnedList(req, owner, result.wishlist_id)
  res.json({ wishlist, item: wishlist.items.find((entry) => entry.id === result.item.id) })
}

export async function DELETE(req: MedusaRequest, res: MedusaResponse) {
  const owner = requireOwner(shopperOf(req), `Wishlist ${req.params.id}`)
  const { result } = await removeWishlistItemWorkflow(req.scope).run({
    input: { owner, wishlist_id: req.params.id, item_id: req.params.item_id },
  })
  res.json({
    id: req.params.item_id,
    object: "wishlist_item",
    deleted: true,
    parent: await renderOwnedList(req, owner, result.wishlist_id),
  })
}
