import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { detectWishlistAlertsStep } from "./steps/detect-alerts"

export const checkWishlistAlertsWorkflowId = "touchpoints-wishlist-check-alerts"

/** Event names of the alert hook points (payloads in the README). */
export const WishlistEvents = {
  PRICE_DROPPED: "wishlist.price_dropped",
  BACK_IN_STOCK: "wishlist.back_in_stock",
} as const

/**
 * Looks for saved items whose price dropped or that came back in stock (all items, or those of some
 * variants) and emits one event per change once the workflow succeeded.
 */
export const checkWishlistAlertsWorkflow = createWorkflow(
  checkWishlistAlertsWorkflowId,
  (input: { variant_ids?: string[] }) => {
    const detected = detectWishlistAlertsStep(input)
    emitEventStep({
      eventName: WishlistEvents.PRICE_DROPPED,
      data: transform({ detected }, ({ detected }) => detected.price_dropped),
    }).config({ name: "touchpoints-wishlist-emit-price-dropped-step" })
    emitEventStep({
      eventName: WishlistEvents.BACK_IN_STOCK,
      data: transform({ detected }, ({ detected }) => detected.back_in_stock),
    }).config({ name: "touchpoints-wishlist-emit-back-in-stock-step" })
    return new WorkflowResponse(
      transform({ detected }, ({ detected }) => ({
        price_dropped: detected.price_dropped.length,
        back_in_stock: detected.back_in_stock.length,
      }))
    )
  }
)
