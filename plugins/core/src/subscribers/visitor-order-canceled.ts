import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { forgetCustomerOrderWorkflow } from "../workflows/visitor/forget-customer-order"

/** A canceled order stops counting towards the customer's orders and spend. */
export default async function visitorOrderCanceled({ event, container }: SubscriberArgs<{ id: string }>) {
  await forgetCustomerOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "order.canceled",
  context: { subscriberId: "touchpoints-visitor-order-canceled" },
}
