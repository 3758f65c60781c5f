import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readCart } from "../../../../../../../lib/read-cart"
import { renderOwnedList } from "../../../../../../../lib/render-owned-lists"
import { issued, shopperForWrite } from "../../../../../../../lib/shopper"
import { saveCartLineForLaterWorkflow } from "../../../../../../../workflows/save-cart-line-for-later"
import type { PostSaveForLaterType } from "../../../../validators"

/** Moves a cart line into a list (default list unless `wishlist_id`) and out of the cart, in one workflow. */
export async function POST(req: MedusaRequest<PostSaveForLaterType>, res: MedusaResponse) {
  const shopper = shopperForWrite(req, res)
  const { result } = await saveCartLineForLaterWorkflow(req.scope).run({
    input: {
      owner: shopper.owner,
      customer_id: shopper.customerId,
      cart_id: req.params.id,
      line_id: req.params.line_id,
      wishlist_id: req.validatedBody.wishlist_id,
    },
  })
  const wishlist = await renderOwnedList(req, shopper.owner, result.wishlist_id)
  res.json({
    cart: await readCart(req, req.params.id),
    wishlist,
    item: wishlist.items.find((entry) => entry.id === result.item.id),
    ...issued(shopper),
  })
}
