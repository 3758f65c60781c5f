import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { saveCartLineForLaterWorkflow } from "../../../../../../../workflows/save-cart-line-for-later"
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
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["*", "items.*", "items.adjustments.*", "total", "subtotal", "item_total", "discount_total"],
    filters: { id: req.params.id },
  })
  const wishlist = await renderOwnedList(req, shopper.owner, result.wishlist_id)
  res.json({
    cart: data[0],
    wishlist,
    item: wishlist.items.find((entry) => entry.id === result.item.id),
    ...issued(shopper),
  })
}
