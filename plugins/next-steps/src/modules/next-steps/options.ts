import { z } from "@medusajs/framework/zod"
import { parsePluginOptions } from "@touchpoints/core/lib"

export const GROUP_KEYS = ["similar", "brand", "for_you"] as const
export type GroupKey = (typeof GROUP_KEYS)[number]

/** Options of the @touchpoints/next-steps plugin, checked once at boot. */
export const nextStepsOptionsSchema = z
  .object({
    /** Links per group unless the request asks for another number. */
    limit: z.number().int().min(1).max(24).default(4),
    titles: z
      .object({
        similar: z.string().min(1).max(80).default("Similar products"),
        /** `{brand}` is replaced with the brand's name. */
        brand: z.string().min(1).max(80).default("More from {brand}"),
        brandless: z.string().min(1).max(80).default("Popular right now"),
        for_you: z.string().min(1).max(80).default("You might like these"),
      })
      .strict()
      .prefault({}),
    popularity: z
      .object({
        /** Popular = most units sold in this many days. */
        windowDays: z.number().int().min(1).max(730).default(90),
        /** Seconds the per-instance units-sold table is kept before it is counted again (in the background: reads
         * answer the last count meanwhile). */
        cacheSeconds: z.number().int().min(0).max(86_400).default(300),
      })
      .strict()
      .prefault({}),
    cache: z
      .object({
        /** Seconds the visitor-independent groups of a product are served from memory; 0 = off. */
        ttlSeconds: z.number().int().min(0).max(3600).default(30),
      })
      .strict()
      .prefault({}),
  })
  .strict()

export type NextStepsOptions = z.output<typeof nextStepsOptionsSchema>

export function parseNextStepsOptions(raw: unknown): NextStepsOptions {
  return parsePluginOptions("@touchpoints/next-steps", nextStepsOptionsSchema, raw)
}
