import type { SubscriberConfig } from "@medusajs/framework"
import { forgetVariantFacts } from "../lib/facts-cache"

/**
 * A product was edited (status, sales channels, titles) or deleted: its variants' cached facts are stale.
 * The cache is keyed by variant, so this instance simply starts over; product edits are rare next to reads.
 */
export default async function wishlistProductChanged() {
  forgetVariantFacts()
}

export const config: SubscriberConfig = {
  event: ["product.updated", "product.deleted"],
  context: { subscriberId: "tp-wishlist-product-changed" },
}
