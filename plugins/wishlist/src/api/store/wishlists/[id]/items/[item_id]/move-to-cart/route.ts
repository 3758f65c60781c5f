import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readCart } from "../../../../../../../lib/read-cart"
import { requireOwner, shopperOf } from "../../../../../../../lib/shopper"
import { moveWishlistItemToCartWorkflow } from "../../../../../../../workflows/move-item-to-cart"
import type { PostMoveToCartType } from "../../../../validators"

/** Moves an item back into a cart as the same line; says whether the price changed since it was saved. */
export async function POST(req: MedusaRequest<PostMoveToCartType>, res: MedusaResponse) {
  const shopper = shopperOf(req)
  const owner = requireOwner(shopper, `Wishlist ${req.params.id}`)
  const cartId = req.validatedBody.cart_id
  const { result } = await moveWishlistItemToCartWorkflow(req.scope).run({
    input: {
      owner,
      customer_id: shopper.customerId,
      wishlist_id: req.params.id,
      item_id: req.params.item_id,
      cart_id: cartId,
    },
  })
  res.json({ cart: await readCart(req, cartId), ...result.moved })
}
