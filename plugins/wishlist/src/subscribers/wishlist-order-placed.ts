import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordWishlistPurchasesWorkflow } from "../workflows/record-purchases"

/** Counts saved items an order bought (save -> purchase conversion). Errors propagate: the bus retries. */
export default async function wishlistOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordWishlistPurchasesWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "tp-wishlist-order-placed" } }
