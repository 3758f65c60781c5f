import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { saveCartLineForLaterWorkflow } from "../../../../../../../workflows/save-cart-line-for-later"
import { readCart } from "../../../../../../utils/read-cart"
import { renderOwnedList } from "../../../../../../utils/render"
import { issued, shopperForWrite } from "../../../../../../utils/shopper"
import type { PostSaveForLaterType } from "../../../../../wishlists/validators"

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
