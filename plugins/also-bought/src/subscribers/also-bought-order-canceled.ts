import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { uncountOrderForAlsoBoughtWorkflow } from "../workflows/uncount-order"

/** A canceled order stops counting (the workflow flushes the cache). Errors propagate: the bus retries. */
export default async function alsoBoughtOrderCanceled({ event, container }: SubscriberArgs<{ id: string }>) {
  await uncountOrderForAlsoBoughtWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "order.canceled",
  context: { subscriberId: "tp-also-bought-order-canceled" },
}
