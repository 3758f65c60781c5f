import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordCustomerOrderWorkflow } from "../workflows/visitor/record-customer-order"

/** Counts a placed order into its customer's visitor profile (idempotent per order). */
export default async function visitorOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordCustomerOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "touchpoints-visitor-order-placed" },
}
