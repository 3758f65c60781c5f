import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WISHLIST_MODULE } from "../../modules/wishlist"
import type WishlistModuleService from "../../modules/wishlist/service"

export const recordWishlistAlertStepId = "touchpoints-wishlist-record-alert-step"

export type RecordWishlistAlertInput = {
  customer_id: string
  item_id: string
  variant_id: string
  product_id: string | null
  kind: "price_dropped" | "back_in_stock"
  currency_code?: string | null
  previous_amount?: number | null
  amount?: number | null
}

/** Queues an alert for the customer's next alert email; compensation removes it. */
export const recordWishlistAlertStep = createStep(
  recordWishlistAlertStepId,
  async (input: RecordWishlistAlertInput, { container }) => {
    const [alert] = await container.resolve<WishlistModuleService>(WISHLIST_MODULE).createWishlistAlerts([input])
    return new StepResponse(alert.id, alert.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<WishlistModuleService>(WISHLIST_MODULE).deleteWishlistAlerts([id])
  }
)
