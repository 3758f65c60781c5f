import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { flushCompanionCache } from "../lib/companion-cache"

/** A product, variant or stock change can make a companion unbuyable (or buyable again): drop cached lists. */
export default async function alsoBoughtCatalogChanged(_args: SubscriberArgs<unknown>) {
  flushCompanionCache()
}

export const config: SubscriberConfig = {
  event: ["product.updated", "product.deleted", "product-variant.updated", "inventory-level.updated"],
  context: { subscriberId: "tp-also-bought-catalog-changed" },
}
