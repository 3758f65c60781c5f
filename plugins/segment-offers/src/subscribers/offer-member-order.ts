import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { syncCustomerSegments } from "../lib/membership-sync"

/** An order changes a customer's facts (order count, days since last order): re-sync their memberships. */
export default async function offerMemberOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "customer.id", "customer.has_account"],
    filters: { id: event.data.id },
  })
  const customer = (data[0] as { customer?: { id: string; has_account: boolean } | null } | undefined)?.customer
  if (customer?.has_account) {
    await syncCustomerSegments(container, customer.id)
  }
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "tp-segment-offers-member-order" },
}
