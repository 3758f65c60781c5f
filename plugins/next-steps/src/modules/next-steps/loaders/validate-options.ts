import type { LoaderOptions } from "@medusajs/framework/types"
import { warnIfUntestedMedusa } from "@touchpoints/core/medusa-tables"
import { configureGroupCache } from "../lib/group-cache"
import { configureUnitsSold } from "../lib/units-sold"
import { parseNextStepsOptions } from "../options"

/**
 * Stops the server at boot when the plugin options are wrong, naming the option; sizes the caches. Warns when the
 * installed Medusa is not a release core's order queries (units sold, for popularity) were tested with.
 */
export default async function validateOptionsLoader({ options, logger }: LoaderOptions): Promise<void> {
  const settings = parseNextStepsOptions(options)
  configureGroupCache(settings.cache.ttlSeconds)
  configureUnitsSold(settings.popularity)
  if (logger) warnIfUntestedMedusa(logger, "@touchpoints/next-steps")
}
