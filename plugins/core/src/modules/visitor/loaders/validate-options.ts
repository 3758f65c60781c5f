import type { LoaderOptions } from "@medusajs/framework/types"
import { cacheBus } from "../../../lib/cache-bus"
import { configureRateLimits } from "../../../lib/rate-limiters"
import { parseCoreOptions } from "../options"

/**
 * Stops the server at boot when the plugin options are wrong, naming the option; with `cacheBus.redisUrl`
 * joins the store's cache bus so the plugins' caches flush on every instance; sets the routes' rate limits
 * (counted in that Redis too, unless `rateLimits.redisUrl` names another).
 */
export default async function validateOptionsLoader({ options }: LoaderOptions): Promise<void> {
  const parsed = parseCoreOptions(options)
  if (parsed.cacheBus?.redisUrl) await cacheBus.connect(parsed.cacheBus.redisUrl)
  await configureRateLimits(parsed.rateLimits, parsed.cacheBus?.redisUrl)
}
