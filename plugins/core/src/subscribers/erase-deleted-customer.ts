import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { erasePersonalDataWorkflow } from "../workflows/personal-data/erase-personal-data"

/**
 * A customer deleted in Medusa (its delete workflow soft-deletes the record, then emits `customer.deleted`
 * `{ id }`) loses their Touchpoints data too, but the hashed opt-out. A redelivery erases nothing more.
 */
export default async function eraseDeletedCustomer({ event, container }: SubscriberArgs<{ id: string }>) {
  await erasePersonalDataWorkflow(container).run({ input: { customer_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "customer.deleted",
  context: { subscriberId: "touchpoints-erase-deleted-customer" },
}
