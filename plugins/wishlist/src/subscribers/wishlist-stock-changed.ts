import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { forgetVariantFacts } from "../lib/facts-cache"
import { checkWishlistAlertsWorkflow } from "../workflows/check-alerts"

/** Stock changed at a location: check the saved items of the variants behind it for "back in stock". */
export default async function wishlistStockChanged({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: levels } = await query.graph({
    entity: "inventory_level",
    fields: ["inventory_item_id"],
    filters: { id: event.data.id },
  })
  const itemIds = levels.map((level) => level.inventory_item_id as string).filter(Boolean)
  if (!itemIds.length) return
  const { data: items } = await query.graph({
    entity: "inventory_item",
    fields: ["variants.id"],
    filters: { id: itemIds },
  })
  const variantIds = items.flatMap((item) => ((item.variants ?? []) as { id: string }[]).map((variant) => variant.id))
  if (!variantIds.length) return
  forgetVariantFacts(variantIds)
  await checkWishlistAlertsWorkflow(container).run({ input: { variant_ids: variantIds } })
}

export const config: SubscriberConfig = {
  event: "inventory-level.updated",
  context: { subscriberId: "tp-wishlist-stock-changed" },
}
