import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteLineItemsWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { NewItem, Owner } from "../modules/wishlist/lib/types"
import { addWishlistItemStep } from "./steps/add-wishlist-item"
import { loadShopperCartStep } from "./steps/load-shopper-cart"
import { lockCartStep } from "./steps/lock-cart"
import { useOwnedWishlist } from "./steps/use-owned-wishlist"

export const saveCartLineForLaterWorkflowId = "save-cart-line-for-later"

export type SaveCartLineForLaterInput = {
  owner: Owner
  /** The logged-in customer (null for guests): decides whose carts the shopper may touch. */
  customer_id: string | null
  cart_id: string
  line_id: string
  wishlist_id?: string | null
}

/**
 * Moves a cart line into a list: with the cart locked, the line (variant, quantity, metadata, unit price)
 * becomes a list item and is then deleted from the cart through Medusa's own workflow (totals, promotions
 * and shipping are refreshed). If any step fails, compensation removes the item again and restores the line.
 *
 * Hook `lineSaved` ({ cart_id, wishlist_id, item_id }) runs after both changes; a handler that throws
 * undoes the whole move.
 */
export const saveCartLineForLaterWorkflow = createWorkflow(
  saveCartLineForLaterWorkflowId,
  (input: SaveCartLineForLaterInput) => {
    lockCartStep({ cart_id: input.cart_id })
    const { cart, line } = loadShopperCartStep({
      cart_id: input.cart_id,
      customer_id: input.customer_id,
      line_id: input.line_id,
    })
    const wishlist = useOwnedWishlist(input, true)
    const item = addWishlistItemStep(
      transform({ wishlist, cart, line }, ({ wishlist, cart, line }) => {
        const saved = line as NonNullable<typeof line>
        const newItem: NewItem = {
          variant_id: saved.variant_id,
          product_id: saved.product_id,
          quantity: saved.quantity,
          line_metadata: saved.metadata && Object.keys(saved.metadata).length ? saved.metadata : null,
          saved_price: { amount: saved.unit_price, currency_code: cart.currency_code, region_id: cart.region_id },
          product_title: saved.product_title,
          variant_title: saved.variant_title,
          product_handle: saved.product_handle,
          variant_sku: saved.variant_sku,
          thumbnail: saved.thumbnail,
          source: "cart",
          watch: { amount: saved.unit_price, currency_code: cart.currency_code, in_stock: true },
        }
        return { wishlist_id: wishlist.id, item: newItem }
      })
    )
    deleteLineItemsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ cart_id: input.cart_id, ids: [input.line_id] })),
    })
    const lineSaved = createHook("lineSaved", {
      cart_id: input.cart_id,
      wishlist_id: wishlist.id,
      item_id: item.id,
    })
    releaseLockStep({ key: input.cart_id })
    return new WorkflowResponse({ wishlist_id: wishlist.id, item }, { hooks: [lineSaved] })
  }
)
