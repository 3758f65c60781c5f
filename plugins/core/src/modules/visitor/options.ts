import { z } from "@medusajs/framework/zod"
import { parsePluginOptions } from "../../lib/plugin-options"
import { rateLimitOptionsSchema } from "../../lib/rate-limit-options"
import { isProductionEnv, shopOptionsSchema, signingSecretSchema } from "../../lib/shop-options"
import { emailOptionsSchema } from "../email/options"
import { VISITOR_EVENT_TYPES } from "./lib/event-types"

const CORE = "@touchpoints/core"

/** Every option of @touchpoints/core but the shop's identity. */
const coreShape = {
  events: z
    .object({
      /** A new visit starts after this many minutes without an event. */
      sessionTimeoutMinutes: z.number().int().min(1).max(1440).default(30),
      /** Raw events older than this are deleted by the retention job; profile aggregates stay. */
      retentionDays: z.number().int().min(1).max(3650).default(90),
      /** How far in the past a client timestamp may lie (clock skew, queued beacons). */
      maxEventAgeHours: z.number().int().min(1).max(720).default(72),
    })
    .strict()
    .default({ sessionTimeoutMinutes: 30, retentionDays: 90, maxEventAgeHours: 72 }),
  consent: z
    .object({
      /** When true, analytics events are only kept after the visitor opted in. */
      required: z.boolean().default(true),
      /** Event types kept without analytics consent (strictly necessary for the shop). */
      necessaryEvents: z.array(z.enum(VISITOR_EVENT_TYPES)).default(["add_to_cart", "checkout_started"]),
    })
    .strict()
    .default({ required: true, necessaryEvents: ["add_to_cart", "checkout_started"] }),
  email: emailOptionsSchema,
  /**
   * How long records are kept before the daily retention job clears them (null: kept until erased). Raw events
   * have their own `events.retentionDays`.
   */
  retention: z
    .object({
      /** A sent (or given-up) email's HTML, text and headers are cleared after this many days; the row stays. */
      emailBodiesDays: z.number().int().min(1).max(3650).nullable().default(90),
      /** A survey's free-text comment (and its owner alert's copy) is cleared this many days after the answer. */
      surveyCommentsDays: z.number().int().min(1).max(3650).nullable().default(730),
      /** An anonymous visitor profile not seen for this many days is deleted with its ids, events and carts. */
      inactiveVisitorDays: z.number().int().min(1).max(3650).nullable().default(395),
    })
    .strict()
    .default({ emailBodiesDays: 90, surveyCommentsDays: 730, inactiveVisitorDays: 395 }),
  /** Many instances: the Redis that carries cache flushes between them (else each cache waits for its TTL). */
  cacheBus: z.object({ redisUrl: z.string().url().optional() }).strict().optional(),
  /** Budgets of the public write routes per client IP (and subject); see README "Rate limits". */
  rateLimits: rateLimitOptionsSchema,
}

/** `secret` and `previousSecrets`: in production a missing, short or public demo value stops the server. */
function secretsShape(production: boolean) {
  return {
    secret: signingSecretSchema(production),
    /**
     * Secrets that signed earlier tokens: they still verify (a rotation keeps mailed links and guest lists
     * working) while every new token is signed with `secret`. Drop one once its tokens have expired.
     */
    previousSecrets: z.array(signingSecretSchema(production)).max(5).default([]),
  }
}

/**
 * Options of the @touchpoints/core plugin (medusa-config `plugins[].options`): `secret` (signs every link and
 * token of the suite) and `shop` (the shop's identity) are required; the rest have defaults. Medusa hands the
 * plugin's options to every module of the plugin. `production` (NODE_ENV=production by default) makes the shop's
 * URLs and postal address required.
 */
export function coreOptionsSchema(production = isProductionEnv()) {
  return z.object({ ...coreShape, ...secretsShape(production), shop: shopOptionsSchema(production) }).strict()
}

/** The same options with `secret` and `shop` left optional: what a module that signs and mails nothing reads. */
function coreOptionsShapeSchema(production: boolean) {
  return z
    .object({
      ...coreShape,
      ...secretsShape(production),
      secret: signingSecretSchema(production).optional(),
      shop: shopOptionsSchema(production).optional(),
    })
    .strict()
}

export type CoreOptionsInput = z.input<ReturnType<typeof coreOptionsSchema>>
/** Core's options as every module may read them (the visitor module needs no `secret` or `shop`). */
export type CoreOptions = z.output<ReturnType<typeof coreOptionsShapeSchema>>
/** Core's options with the shop's identity, as the email core and the touchpoint plugins read them. */
export type ResolvedCoreOptions = z.output<ReturnType<typeof coreOptionsSchema>>

/**
 * Checks every option core was given, naming each wrong one; `secret` and `shop` may be missing here (the
 * visitor module signs and mails nothing). The email module and the links/ check require them with
 * `resolveCoreOptions`, so an app with core always has them.
 */
export function parseCoreOptions(raw: unknown, production = isProductionEnv()): CoreOptions {
  return parsePluginOptions(CORE, coreOptionsShapeSchema(production), raw)
}

/** Parses core's options, requiring `secret` and `shop`; throws one error naming every wrong option. */
export function resolveCoreOptions(raw: unknown, production = isProductionEnv()): ResolvedCoreOptions {
  return parsePluginOptions(CORE, coreOptionsSchema(production), raw)
}
