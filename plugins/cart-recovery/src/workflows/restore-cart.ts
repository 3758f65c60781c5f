import { createHook, createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow, createCartWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { lockCartStep } from "@touchpoints/core/workflows"
import { loadRecoverySourceStep } from "./steps/load-source"
import { loadRecoveryTargetStep } from "./steps/load-target"
import { recordRestoreStep } from "./steps/record-restore"

export const restoreRecoveredCartWorkflowId = "touchpoints-cart-recovery-restore-cart"

export type RestoreRecoveredCartInput = {
  /** The cart the reminder was about (from the verified link; never shown to the caller). */
  reminded_cart_id: string
  /** The shopper's own cart, if they have one. */
  cart_id: string | null
  /** The logged-in customer (from the request), or null. */
  customer_id: string | null
}

/**
 * Follows a recovery link without handing over the reminded cart: its lines that can still be bought are added to
 * the shopper's own cart, or to a new cart made for the shopper (its id is new, so whoever sent the link cannot
 * know it). The reminded cart is left as it was, marked restored. The shopper's cart is locked while it changes;
 * a failure after the lines went in takes them out again (and deletes a cart made here).
 *
 * Hook `cartRestored` ({ cart_id, mode }) runs after every change.
 */
export const restoreRecoveredCartWorkflow = createWorkflow(
  restoreRecoveredCartWorkflowId,
  (input: RestoreRecoveredCartInput) => {
    const source = loadRecoverySourceStep({ reminded_cart_id: input.reminded_cart_id })
    const target = loadRecoveryTargetStep(input)

    const created = when("restore-into-new-cart", { target }, ({ target }) => target.mode === "created").then(() =>
      createCartWorkflow.runAsStep({
        input: transform({ input, source }, ({ input, source }) => ({
          region_id: source.region_id ?? undefined,
          sales_channel_id: source.sales_channel_id ?? undefined,
          customer_id: input.customer_id ?? undefined,
          items: source.items,
        })),
      })
    )

    when("restore-into-own-cart", { target }, ({ target }) => target.mode === "added").then(() => {
      const cartId = transform({ target }, ({ target }) => target.cart_id as string)
      lockCartStep({ cart_id: cartId })
      addToCartWorkflow.runAsStep({
        input: transform({ cartId, source }, ({ cartId, source }) => ({ cart_id: cartId, items: source.items })),
      })
      releaseLockStep({ key: cartId })
    })

    const result = transform({ target, created }, ({ target, created }) => ({
      cart_id: (target.cart_id ?? (created as { id: string } | undefined)?.id) as string,
      mode: target.mode,
    }))
    recordRestoreStep(
      transform({ input, result }, ({ input, result }) => ({
        reminded_cart_id: input.reminded_cart_id,
        cart_id: result.cart_id,
      }))
    )
    const cartRestored = createHook("cartRestored", result)
    return new WorkflowResponse(result, { hooks: [cartRestored] })
  }
)
