import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordWishlistAlertWorkflow } from "../workflows/record-alert"
import type { BackInStockEvent, PriceDroppedEvent } from "../workflows/steps/detect-alerts"

/** A customer's saved item got cheaper or came back: queue it for their next alert email (guests have no address). */
export default async function wishlistAlertQueued({
  event,
  container,
}: SubscriberArgs<PriceDroppedEvent | BackInStockEvent>) {
  const alert = event.data
  if (!alert.customer_id) return
  const dropped = "amount" in alert
  await recordWishlistAlertWorkflow(container).run({
    input: {
      customer_id: alert.customer_id,
      item_id: alert.item_id,
      variant_id: alert.variant_id,
      product_id: alert.product_id,
      kind: dropped ? "price_dropped" : "back_in_stock",
      currency_code: dropped ? alert.currency_code : null,
      previous_amount: dropped ? alert.previous_amount : null,
      amount: dropped ? alert.amount : null,
    },
  })
}

export const config: SubscriberConfig = {
  event: ["wishlist.price_dropped", "wishlist.back_in_stock"],
  context: { subscriberId: "tp-wishlist-alert-queued" },
}
