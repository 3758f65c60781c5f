import { Redis } from "ioredis"
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible"
import { RATE_LIMIT_GROUPS, type RateLimitGroup, type RateLimitOptions } from "./rate-limit-options"

/** What one request costs against a group's budget: allowed, or refused with the seconds until it may retry. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/** Counters are prefixed per group (and per store, through the Redis database the shop points at). */
const KEY_PREFIX = "touchpoints:rate"

let settings: { groups: Record<RateLimitGroup, { points: number; duration: number }>; redisUrl?: string } = {
  groups: { ...RATE_LIMIT_GROUPS },
}
let redis: Redis | null = null
const limiters = new Map<RateLimitGroup, RateLimiterAbstract | null>()

/**
 * Sets the budgets from core's `rateLimits` option (core's options loader calls it at boot). With a Redis the
 * instances of the store share one count; until then, and without Redis, each instance counts in its memory.
 */
export async function configureRateLimits(options: RateLimitOptions, fallbackRedisUrl?: string): Promise<void> {
  const { redisUrl = fallbackRedisUrl, ...groups } = options
  settings = { groups, redisUrl }
  limiters.clear()
  // connected at boot, so the first requests already share the count (a Redis that is away is not waited for)
  if (redisUrl)
    await redisClient(redisUrl)
      .connect()
      .catch(() => undefined)
}

function redisClient(url: string): Redis {
  if (!redis) {
    // no offline queue: while Redis is away a count fails at once and the in-memory insurance limiter takes over
    redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true })
    // errors are reconnected by ioredis; an unhandled "error" event would crash the process
    redis.on("error", () => undefined)
  }
  return redis
}

function limiterFor(group: RateLimitGroup): RateLimiterAbstract | null {
  if (limiters.has(group)) return limiters.get(group) ?? null
  const { points, duration } = settings.groups[group]
  const common = { points, duration, keyPrefix: `${KEY_PREFIX}:${group}` }
  let limiter: RateLimiterAbstract | null = null
  if (points > 0) {
    const memory = new RateLimiterMemory(common)
    limiter = settings.redisUrl
      ? new RateLimiterRedis({ ...common, storeClient: redisClient(settings.redisUrl), insuranceLimiter: memory })
      : memory
  }
  limiters.set(group, limiter)
  return limiter
}

/**
 * Counts one request of `group` against every key (client IP, and the subject where the route has one); the
 * request is refused as soon as one key is over budget. A store that fails (Redis away and the insurance
 * limiter with it) lets the request through: a rate limit must never take the shop down.
 */
export async function consumeRate(group: RateLimitGroup, keys: string[]): Promise<RateDecision> {
  const limiter = limiterFor(group)
  if (!limiter) return { allowed: true }
  for (const key of keys) {
    try {
      await limiter.consume(key)
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) {
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) }
      }
      return { allowed: true }
    }
  }
  return { allowed: true }
}

/** Closes the shared Redis connection (tests, shutdown). */
export async function closeRateLimits(): Promise<void> {
  limiters.clear()
  const client = redis
  redis = null
  if (client) await client.quit().catch(() => client.disconnect())
}
