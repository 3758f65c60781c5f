import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteLineItemsWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { lockCartStep } from "@touchpoints/core/workflows"
import { lineToItem } from "../lib/line-to-item"
import type { Owner } from "../modules/wishlist/lib/types"
import { addWishlistItemStep } from "./steps/add-item"
import { useOwnedWishlist } from "./steps/ensure-list"
import { type CartLine, loadShopperCartStep } from "./steps/load-shopper-cart"

export const saveCartLineForLaterWorkflowId = "touchpoints-wishlist-save-cart-line-for-later"

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
      transform({ wishlist, cart, line }, ({ wishlist, cart, line }) => ({
        wishlist_id: wishlist.id,
        item: lineToItem(cart, line as CartLine), // the step threw if the line was missing
      }))
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
