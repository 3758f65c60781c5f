import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { lockCartStep } from "@touchpoints/core/workflows"
import type { Owner } from "../modules/wishlist/lib/types"
import { describeMovedLineStep } from "./steps/describe-moved-line"
import { useOwnedWishlist } from "./steps/ensure-list"
import { loadShopperCartStep } from "./steps/load-shopper-cart"
import { takeWishlistItemStep } from "./steps/take-item"

export const moveWishlistItemToCartWorkflowId = "touchpoints-wishlist-move-item-to-cart"

export type MoveWishlistItemToCartInput = {
  owner: Owner
  customer_id: string | null
  wishlist_id: string
  item_id: string
  cart_id: string
}

/**
 * Moves a list item back into a cart as the same line (variant, quantity, line metadata), priced now by
 * Medusa's add-to-cart workflow. The item is taken with a compare-and-set, so two moves of one item at once
 * never both succeed; any failure (e.g. the variant is sold out) puts the item back and leaves the cart.
 * Answers the cart line the item became and whether its price changed since it was saved.
 *
 * Hook `itemMoved` ({ cart_id, wishlist_id, item_id }) runs after both changes.
 */
export const moveWishlistItemToCartWorkflow = createWorkflow(
  moveWishlistItemToCartWorkflowId,
  (input: MoveWishlistItemToCartInput) => {
    lockCartStep({ cart_id: input.cart_id })
    loadShopperCartStep({ cart_id: input.cart_id, customer_id: input.customer_id })
    const wishlist = useOwnedWishlist(input, false)
    const item = takeWishlistItemStep(
      transform({ input, wishlist }, ({ input, wishlist }) => ({
        wishlist_id: wishlist.id,
        item_id: input.item_id,
        removal: { kind: "moved_to_cart" as const, cartId: input.cart_id },
      }))
    )
    addToCartWorkflow.runAsStep({
      input: transform({ input, item }, ({ input, item }) => ({
        cart_id: input.cart_id,
        items: [
          {
            variant_id: item.variant_id,
            quantity: item.quantity,
            ...(item.line_metadata ? { metadata: item.line_metadata } : {}),
          },
        ],
      })),
    })
    const itemMoved = createHook("itemMoved", {
      cart_id: input.cart_id,
      wishlist_id: wishlist.id,
      item_id: item.id,
    })
    const moved = describeMovedLineStep({ cart_id: input.cart_id, item })
    releaseLockStep({ key: input.cart_id })
    return new WorkflowResponse({ wishlist_id: wishlist.id, item, moved }, { hooks: [itemMoved] })
  }
)
