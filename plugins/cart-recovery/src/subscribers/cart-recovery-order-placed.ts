import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recordCartRecoveryWorkflow } from "../workflows/record-recovery"

type PlacedOrder = { id: string; total: number | string; currency_code: string; cart?: { id: string } | null }

/** An order from a cart that was sent a reminder counts as recovered, with its revenue. */
export default async function cartRecoveryOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "total", "currency_code", "cart.id"],
    filters: { id: event.data.id },
  })
  const order = data[0] as unknown as PlacedOrder | undefined
  if (!order?.cart?.id) return
  await recordCartRecoveryWorkflow(container).run({
    input: {
      cart_id: order.cart.id,
      order_id: order.id,
      total: Number(order.total),
      currency_code: order.currency_code,
    },
  })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "touchpoints-cart-recovery-order-placed" },
}
