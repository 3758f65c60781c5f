import type { LoaderOptions } from "@medusajs/framework/types"
import { configureCompanionCache } from "../../../lib/companion-cache"
import { parseAlsoBoughtOptions } from "../options"

/** Stops the server at boot when the plugin options are wrong, naming the option; sizes the cache. */
export default async function validateOptionsLoader({ options }: LoaderOptions): Promise<void> {
  configureCompanionCache(parseAlsoBoughtOptions(options).cache.ttlSeconds)
}
