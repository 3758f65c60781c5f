import type { LoaderOptions } from "@medusajs/framework/types"
import { configureFactsCache } from "../../../lib/facts-cache"
import { parseWishlistOptions } from "../options"

/** Stops the server at boot when the plugin options are wrong (naming the option), then applies them. */
export default async function validateOptionsLoader({ options }: LoaderOptions): Promise<void> {
  const settings = parseWishlistOptions(options)
  configureFactsCache(settings.cache.factsTtlSeconds)
}
