import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { renderOwnedList } from "../../../../lib/render-owned-lists"
import { requireOwner, shopperOf } from "../../../../lib/shopper"
import { deleteWishlistWorkflow } from "../../../../workflows/delete-list"
import { renameWishlistWorkflow } from "../../../../workflows/rename-list"
import type { GetWishlistsType, PostWishlistType } from "../validators"

export async function GET(req: MedusaRequest<unknown, GetWishlistsType>, res: MedusaResponse) {
  const wishlist = await renderOwnedList(req, shopperOf(req).owner, req.params.id, req.validatedQuery.region_id)
  res.json({ wishlist })
}

/** Renames a list. */
export async function POST(req: MedusaRequest<PostWishlistType>, res: MedusaResponse) {
  const owner = requireOwner(shopperOf(req), `Wishlist ${req.params.id}`)
  const { result } = await renameWishlistWorkflow(req.scope).run({
    input: { owner, id: req.params.id, name: req.validatedBody.name },
  })
  res.json({ wishlist: await renderOwnedList(req, owner, result.id) })
}

/** Deletes a named list with its items (the default list stays). */
export async function DELETE(req: MedusaRequest, res: MedusaResponse) {
  const owner = requireOwner(shopperOf(req), `Wishlist ${req.params.id}`)
  await deleteWishlistWorkflow(req.scope).run({ input: { owner, id: req.params.id } })
  res.json({ id: req.params.id, object: "wishlist", deleted: true })
}
