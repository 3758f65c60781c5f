import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordCartActivityWorkflow } from "../workflows/record-activity"

/**
 * Keeps each cart's last activity: Medusa emits `cart.updated` when items are added, changed or removed and
 * when shipping is chosen, but does not bump cart.updated_at for item changes (medusajs/medusa#15043).
 */
export default async function cartRecoveryActivity({ event, container }: SubscriberArgs<{ id: string }>) {
  if (event.data?.id) {
    await recordCartActivityWorkflow(container).run({ input: { cart_ids: [event.data.id] } })
  }
}

export const config: SubscriberConfig = {
  event: ["cart.created", "cart.updated"],
  context: { subscriberId: "touchpoints-cart-recovery-activity" },
}
