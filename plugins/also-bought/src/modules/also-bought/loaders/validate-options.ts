import type { LoaderOptions } from "@medusajs/framework/types"
import { warnIfUntestedMedusa } from "@touchpoints/core/medusa-tables"
import { configureCompanionCache } from "../../../lib/companion-cache"
import { parseAlsoBoughtOptions } from "../options"

/**
 * Stops the server at boot when the plugin options are wrong, naming the option; sizes the cache. Warns when the
 * installed Medusa is not a release core's order queries (the owner's funnel figures) were tested with.
 */
export default async function validateOptionsLoader({ options, logger }: LoaderOptions): Promise<void> {
  configureCompanionCache(parseAlsoBoughtOptions(options).cache.ttlSeconds)
  if (logger) warnIfUntestedMedusa(logger, "@touchpoints/also-bought")
}
