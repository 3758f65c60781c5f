import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shareTokenFor } from "../../../../../lib/render-owned-lists"
import { requireOwner, shopperOf, wishlistService } from "../../../../../lib/shopper"
import { shareWishlistWorkflow } from "../../../../../workflows/share-list"
import type { PostShareType } from "../../validators"

/** Shares the list under a new link; any earlier link of this list stops working. */
export async function POST(req: MedusaRequest<PostShareType>, res: MedusaResponse) {
  const owner = requireOwner(shopperOf(req), `Wishlist ${req.params.id}`)
  const days = req.validatedBody.expires_in_days ?? wishlistService(req).settings.share.ttlDays
  const { result } = await shareWishlistWorkflow(req.scope).run({
    input: { owner, id: req.params.id, expires_in_days: days },
  })
  res.json({
    share: { token: shareTokenFor(req)(result), expires_at: result.share_expires_at, created_at: result.shared_at },
  })
}

/** Stops sharing: every link of this list stops working. */
export async function DELETE(req: MedusaRequest, res: MedusaResponse) {
  const owner = requireOwner(shopperOf(req), `Wishlist ${req.params.id}`)
  await shareWishlistWorkflow(req.scope).run({ input: { owner, id: req.params.id, expires_in_days: null } })
  res.json({ id: req.params.id, object: "wishlist_share", deleted: true })
}
