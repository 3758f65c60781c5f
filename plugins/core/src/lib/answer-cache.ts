import NodeCache from "node-cache"

/** A per-instance L1 for computed answers, with a lifetime set from plugin options (0 turns it off). */
export type AnswerCache = {
  configure(ttlSeconds: number): void
  /** The cached answer for `key`, computed and kept when missing (a failed computation keeps nothing). */
  cached<T>(key: string, compute: () => Promise<T>): Promise<T>
  flush(): void
}

/**
 * Makes an answer cache: bounded (`maxKeys`; when full it starts over rather than grow), without cloning, with
 * a short default TTL so several instances agree within seconds. Callers flush it on the events that change
 * their answers.
 */
export function createAnswerCache(options: { ttlSeconds: number; maxKeys: number }): AnswerCache {
  const cache = new NodeCache({
    stdTTL: options.ttlSeconds,
    checkperiod: 60,
    maxKeys: options.maxKeys,
    useClones: false,
  })
  let enabled = options.ttlSeconds > 0
  return {
    configure(ttlSeconds) {
      enabled = ttlSeconds > 0
      cache.options.stdTTL = ttlSeconds
      cache.flushAll()
    },
    async cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
      if (!enabled) return compute()
      const hit = cache.get<T>(key)
      if (hit !== undefined) return hit
      const value = await compute()
      try {
        cache.set(key, value)
      } catch {
        cache.flushAll()
      }
      return value
    },
    flush() {
      cache.flushAll()
    },
  }
}
