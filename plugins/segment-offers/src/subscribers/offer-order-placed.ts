import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordRedemptionWorkflow } from "../workflows/record-redemption"

/** An order that used an offer's code counts as that offer redeemed (see the workflow). */
export default async function offerOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordRedemptionWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "tp-segment-offers-redeemed" },
}
