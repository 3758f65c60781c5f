import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { forgetCatalogueIndex } from "../modules/next-steps/lib/catalogue-index"
import { flushGroupCache } from "../modules/next-steps/lib/group-cache"
import { forgetUnitsSold } from "../modules/next-steps/lib/units-sold"

/**
 * A product, variant, price or stock change can change a group; an order changes popularity: drop what this
 * instance keeps (others follow within their TTLs).
 */
export default async function nextStepsCatalogChanged({ event }: SubscriberArgs<unknown>) {
  if (event.name.startsWith("order.")) forgetUnitsSold()
  if (event.name.startsWith("product.")) forgetCatalogueIndex()
  flushGroupCache()
}

export const config: SubscriberConfig = {
  event: [
    "product.created",
    "product.updated",
    "product.deleted",
    "product-variant.updated",
    "inventory-level.updated",
    "order.placed",
    "order.canceled",
  ],
  context: { subscriberId: "tp-next-steps-catalog-changed" },
}
