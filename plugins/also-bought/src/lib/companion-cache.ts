import NodeCache from "node-cache"

/**
 * Per-instance L1 for finished companion lists and bundles (the hot read path). Any change that can alter an
 * answer (an order counted or cancelled, a product, variant or stock change, a pin or block, a rebuild or an
 * import) flushes it on the instance that saw the event; the short TTL bounds how long other instances may
 * serve the previous answer.
 */
const cache = new NodeCache({ stdTTL: 30, checkperiod: 60, maxKeys: 5_000, useClones: false })
let enabled = true

/** Sets the lifetime of cached lists (plugin option `cache.ttlSeconds`); 0 computes every answer. */
export function configureCompanionCache(ttlSeconds: number): void {
  enabled = ttlSeconds > 0
  cache.options.stdTTL = ttlSeconds
  cache.flushAll()
}

/** The cached answer (a companion list or a bundle) for `key`, computed and kept when missing. */
export async function cachedAnswer<T>(key: string, compute: () => Promise<T>): Promise<T> {
  if (!enabled) return compute()
  const hit = cache.get<T>(key)
  if (hit !== undefined) return hit
  const value = await compute()
  try {
    cache.set(key, value)
  } catch {
    cache.flushAll() // maxKeys reached: start over rather than grow
  }
  return value
}

export function flushCompanionCache(): void {
  cache.flushAll()
}
