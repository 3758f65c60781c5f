import { z } from "@medusajs/framework/zod"

/**
 * The public write routes that are rate limited, each with its own budget per client IP (and per subject, where
 * the route has one: the visitor, the survey link, the list being shared).
 */
export const RATE_LIMIT_GROUPS = {
  /** POST /store/touchpoints/events: a browsing shopper sends a batch every few seconds at most. */
  events: { points: 300, duration: 60 },
  /** POST /store/touchpoints/consent */
  consent: { points: 60, duration: 60 },
  /** POST /store/touchpoints/visitor: a browser asks once (a shop's visitors behind one NAT share the budget) */
  visitorIds: { points: 120, duration: 60 },
  /** POST /store/touchpoints/email-consent */
  emailConsent: { points: 20, duration: 60 },
  /**
   * POST /store/feedback/:token (survey answers): a person sends 2-4; an office behind one address answering the
   * same morning's survey email shares the per-address budget
   */
  surveyAnswers: { points: 120, duration: 60 },
  /** POST /store/wishlists/:id/share */
  shareLinks: { points: 30, duration: 60 },
  /** POST /store/wishlists by a guest (no customer): each makes a list and a guest token */
  guestLists: { points: 30, duration: 60 },
} as const

export type RateLimitGroup = keyof typeof RATE_LIMIT_GROUPS

/** `points` requests per `duration` seconds; 0 points turns the limit off. */
const limitSchema = (fallback: { points: number; duration: number }) =>
  z
    .object({
      points: z.number().int().min(0).max(1_000_000).default(fallback.points),
      duration: z.number().int().min(1).max(86_400).default(fallback.duration),
    })
    .strict()
    .default(fallback)

const groupShape = Object.fromEntries(
  Object.entries(RATE_LIMIT_GROUPS).map(([name, fallback]) => [name, limitSchema(fallback)])
) as { [name in RateLimitGroup]: ReturnType<typeof limitSchema> }

/**
 * Core's `rateLimits` option: a budget per route group, and the Redis that shares the counts between the store's
 * instances (default: `cacheBus.redisUrl`; without either, each instance counts in its own memory).
 */
export const rateLimitOptionsSchema = z
  .object({ redisUrl: z.string().url().optional(), ...groupShape })
  .strict()
  // zod 4 returns a default as it is (children's defaults do not apply): give every group's
  .default({ ...RATE_LIMIT_GROUPS })

export type RateLimitOptions = z.output<typeof rateLimitOptionsSchema>
