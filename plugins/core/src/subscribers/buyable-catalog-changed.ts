import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { refreshBuyableProductsWorkflow } from "../workflows/buyable/refresh-buyable-products"
import { BUYABLE_EVENTS } from "../workflows/buyable/steps/products-of-change"

/** A product, variant, stock level or order changed: the snapshot of what shoppers can buy checks it again. */
export default async function buyableCatalogChanged({ event, container }: SubscriberArgs<{ id: string }>) {
  await refreshBuyableProductsWorkflow(container).run({ input: { event: event.name, id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: [...BUYABLE_EVENTS],
  context: { subscriberId: "touchpoints-buyable-catalog-changed" },
}
