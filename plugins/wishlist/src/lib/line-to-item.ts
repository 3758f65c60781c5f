import type { NewItem } from "../modules/wishlist/lib/types"
import type { CartLine, ShopperCart } from "../workflows/steps/load-shopper-cart"

/**
 * The list item a cart line becomes: the same variant, quantity and line metadata, the unit price it had in
 * the cart's region (to tell later whether the price changed), and its titles for when the product is gone.
 */
export function lineToItem(cart: ShopperCart, line: CartLine): NewItem {
  return {
    variant_id: line.variant_id,
    product_id: line.product_id,
    quantity: line.quantity,
    line_metadata: line.metadata && Object.keys(line.metadata).length ? line.metadata : null,
    saved_price: { amount: line.unit_price, currency_code: cart.currency_code, region_id: cart.region_id },
    product_title: line.product_title,
    variant_title: line.variant_title,
    product_handle: line.product_handle,
    variant_sku: line.variant_sku,
    thumbnail: line.thumbnail,
    source: "cart",
    // it was in a cart a moment ago: in stock (or backorderable) at this price
    watch: { amount: line.unit_price, currency_code: cart.currency_code, in_stock: true },
  }
}
