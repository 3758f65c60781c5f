import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { moveWishlistItemToCartWorkflow } from "../../../../../../../workflows/move-wishlist-item-to-cart"
import { type CartLineView, readCart } from "../../../../../../utils/read-cart"
import { requireOwner, shopperOf } from "../../../../../../utils/shopper"
import type { PostMoveToCartType } from "../../../../validators"

/** The cart's line that now holds the item: same variant and (when the item had some) the same metadata. */
function lineOf(lines: CartLineView[], variantId: string, metadata: Record<string, unknown> | null) {
  const wanted = JSON.stringify(metadata ?? {})
  const sameVariant = lines.filter((line) => line.variant_id === variantId)
  return sameVariant.find((line) => JSON.stringify(line.metadata ?? {}) === wanted) ?? sameVariant[0]
}

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
  const cart = await readCart(req, cartId)
  const item = result.item
  const line = lineOf(cart.items ?? [], item.variant_id, item.line_metadata)
  const current = line ? { amount: Number(line.unit_price), currency_code: cart.currency_code } : null
  const saved = item.saved_price
    ? { amount: Number(item.saved_price.amount), currency_code: item.saved_price.currency_code }
    : null
  res.json({
    cart,
    line_item_id: line?.id ?? null,
    price_changed: Boolean(
      saved && current && (saved.currency_code !== current.currency_code || saved.amount !== current.amount)
    ),
    saved_price: saved,
    current_price: current,
  })
}
