import type { LoaderOptions } from "@medusajs/framework/types"
import { configureGroupCache } from "../lib/group-cache"
import { configureUnitsSold } from "../lib/units-sold"
import { parseNextStepsOptions } from "../options"

/** Stops the server at boot when the plugin options are wrong, naming the option; sizes the caches. */
export default async function validateOptionsLoader({ options }: LoaderOptions): Promise<void> {
  const settings = parseNextStepsOptions(options)
  configureGroupCache(settings.cache.ttlSeconds)
  configureUnitsSold(settings.popularity)
}
