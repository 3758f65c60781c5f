import { createHash } from "node:crypto"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { RateLimitGroup } from "../../lib/rate-limit-options"
import { consumeRate } from "../../lib/rate-limiters"

type Middleware = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => Promise<void>

type RateLimitOptions = {
  /** The second key where the route has a natural subject (visitor id, survey link, list id); counted apart. */
  subject?: (req: MedusaRequest) => string | null | undefined
  /** Requests this route does not count (e.g. a logged-in customer's list, for the guest-list budget). */
  skip?: (req: MedusaRequest) => boolean
}

/**
 * The rate limit of a public write route, by core's `rateLimits.<group>` budget: keyed by the client IP
 * (`req.ip`: Medusa trusts one proxy hop, so behind a load balancer it is the address the balancer saw) and by
 * the route's subject where it has one. Over budget: 429 in Medusa's error shape with Retry-After. Each plugin
 * registers it first among its own middlewares for the route, so a flood is refused before any validation.
 */
export function rateLimit(group: RateLimitGroup, options: RateLimitOptions = {}): Middleware {
  return async (req, res, next) => {
    if (options.skip?.(req)) return next()
    const subject = options.subject?.(req)
    const keys = [`ip:${req.ip ?? req.socket.remoteAddress ?? "unknown"}`, ...(subject ? [subjectKey(subject)] : [])]
    const decision = await consumeRate(group, keys)
    if (decision.allowed) return next()
    res
      .status(429)
      .set("retry-after", String(decision.retryAfterSeconds))
      .json({
        type: "too_many_requests",
        message: `Too many requests; send this one again in ${decision.retryAfterSeconds} seconds`,
      })
  }
}

/** Subjects may be secrets (a survey link's token, a guest token): the store keeps only a hash of them. */
const subjectKey = (subject: string) =>
  `subject:${createHash("sha256").update(subject).digest("base64url").slice(0, 32)}`
