import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { forgetVariantFacts } from "../lib/facts-cache"
import { checkWishlistAlertsWorkflow } from "../workflows/check-alerts"

/** A variant (or its price) changed: drop cached facts and check its saved items for a price drop. */
export default async function wishlistVariantChanged({ event, container }: SubscriberArgs<{ id: string }>) {
  forgetVariantFacts([event.data.id])
  await checkWishlistAlertsWorkflow(container).run({ input: { variant_ids: [event.data.id] } })
}

export const config: SubscriberConfig = {
  event: "product-variant.updated",
  context: { subscriberId: "tp-wishlist-variant-changed" },
}
