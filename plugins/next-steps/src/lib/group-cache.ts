import NodeCache from "node-cache"

/**
 * Per-instance L1 for the visitor-independent groups of a product (similar, brand) per region and channel.
 * Product, variant, price and stock changes and placed or canceled orders flush it on the instance that saw
 * them; the short TTL bounds how long other instances serve an older answer.
 */
const cache = new NodeCache({ stdTTL: 30, checkperiod: 60, maxKeys: 5_000, useClones: false })
let enabled = true

export function configureGroupCache(ttlSeconds: number): void {
  enabled = ttlSeconds > 0
  cache.options.stdTTL = ttlSeconds
  cache.flushAll()
}

export async function cachedGroups<T>(key: string, compute: () => Promise<T>): Promise<T> {
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

export function flushGroupCache(): void {
  cache.flushAll()
}
