import NodeCache from "node-cache"
import { cacheBus } from "./cache-bus"

/** A per-instance L1 for computed answers, with a lifetime set from plugin options (0 turns it off). */
export type AnswerCache = {
  configure(ttlSeconds: number): void
  /** The cached answer for `key`, computed and kept when missing (a failed computation keeps nothing). */
  cached<T>(key: string, compute: () => Promise<T>): Promise<T>
  flush(): void
}

/**
 * Makes an answer cache: bounded (`maxKeys`; when full it starts over rather than grow), without cloning, with
 * a short default TTL. Callers flush it on the events that change their answers; a cache with a `name` also
 * flushes the same cache on the store's other instances through the cache bus (Redis), and the TTL bounds how
 * long an instance that missed the flush (Redis down) serves an older answer.
 */
export function createAnswerCache(options: {
  name?: string
  ttlSeconds: number
  maxKeys: number
  /** Cache-bus signals that also empty this cache (e.g. BUYABLE_CHANGED: its answers show buyable products). */
  flushOn?: string[]
}): AnswerCache {
  const cache = new NodeCache({
    stdTTL: options.ttlSeconds,
    checkperiod: 60,
    maxKeys: options.maxKeys,
    useClones: false,
  })
  let enabled = options.ttlSeconds > 0
  // Misses being computed, by key: concurrent misses wait for one computation (when an entry expires under
  // load, every request computing it at once took seconds each). A flush starts a new generation: what was
  // computed from older data is handed to its waiters but not kept.
  let inFlight = new Map<string, Promise<unknown>>()
  let generation = 0
  const forget = () => {
    cache.flushAll()
    inFlight = new Map()
    generation += 1
  }
  if (options.name) cacheBus.listen(options.name, forget)
  for (const signal of options.flushOn ?? []) cacheBus.listen(signal, forget)
  const computeAndKeep = async <T>(key: string, compute: () => Promise<T>): Promise<T> => {
    const startedIn = generation
    const value = await compute()
    if (startedIn !== generation) return value
    try {
      cache.set(key, value)
    } catch {
      cache.flushAll()
    }
    return value
  }
  return {
    configure(ttlSeconds) {
      enabled = ttlSeconds > 0
      cache.options.stdTTL = ttlSeconds
      forget()
    },
    async cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
      if (!enabled) return compute()
      const hit = cache.get<T>(key)
      if (hit !== undefined) return hit
      const pending = inFlight.get(key)
      if (pending) return pending as Promise<T>
      const computing = computeAndKeep(key, compute)
      const waiters = inFlight
      waiters.set(key, computing)
      try {
        return await computing
      } finally {
        if (waiters.get(key) === computing) waiters.delete(key)
      }
    },
    flush() {
      forget()
      if (options.name) cacheBus.announce(options.name)
    },
  }
}
