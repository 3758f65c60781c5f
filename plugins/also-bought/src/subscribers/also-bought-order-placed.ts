import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { countOrderForAlsoBoughtWorkflow } from "../workflows/count-order"

/** Counts every placed order into the co-purchase statistics (the workflow flushes the cache). Errors propagate: the bus retries. */
export default async function alsoBoughtOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await countOrderForAlsoBoughtWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "tp-also-bought-order-placed" },
}
