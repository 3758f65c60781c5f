import { z } from "@medusajs/framework/zod"
import { parsePluginOptions } from "../../lib/plugin-options"
import { emailOptionsSchema } from "../email/options"
import { VISITOR_EVENT_TYPES } from "./lib/event-types"

/**
 * Options of the @touchpoints/core plugin (medusa-config `plugins[].options`).
 * Medusa hands the plugin's options to every module of the plugin, so this schema
 * is the whole option surface of the plugin; it is checked once at boot.
 */
export const coreOptionsSchema = z
  .object({
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
    /** Many instances: the Redis that carries cache flushes between them (else each cache waits for its TTL). */
    cacheBus: z.object({ redisUrl: z.string().url().optional() }).strict().optional(),
  })
  .strict()

export type CoreOptionsInput = z.input<typeof coreOptionsSchema>
export type CoreOptions = z.output<typeof coreOptionsSchema>

/** Parses plugin options, throwing an error that names every wrong option. */
export function parseCoreOptions(raw: unknown): CoreOptions {
  return parsePluginOptions("@touchpoints/core", coreOptionsSchema, raw)
}
