import { z } from "@medusajs/framework/zod"
import { parsePluginOptions } from "@touchpoints/core/lib"

/** Options of the @touchpoints/also-bought plugin, checked once at boot. */
export const alsoBoughtOptionsSchema = z
  .object({
    /** A pair is never shown before this many distinct orders hold it (also keeps single shoppers private). */
    minOrders: z.number().int().min(1).max(1000).default(3),
    scoring: z
      .object({
        method: z.enum(["smith_linden", "shrunk_lift", "shrunk_confidence"]).default("smith_linden"),
        /** Pseudo-orders the shrunk scores are pulled towards their prior with. */
        priorOrders: z.number().min(0).max(10_000).default(10),
      })
      .strict()
      .default({ method: "smith_linden", priorOrders: 10 }),
    cache: z
      .object({
        /** Seconds a companion list or bundle is served from memory; 0 turns the cache off. */
        ttlSeconds: z.number().int().min(0).max(3600).default(30),
      })
      .strict()
      .default({ ttlSeconds: 30 }),
    bundle: z
      .object({
        /** Products in a bundle, the viewed one included. */
        size: z.number().int().min(2).max(5).default(3),
        /** Percentage off every bundle item while the whole bundle is in the cart. */
        discountPercent: z.number().gt(0).max(90).default(10),
      })
      .strict()
      .default({ size: 3, discountPercent: 10 }),
  })
  .strict()

export type AlsoBoughtOptions = z.output<typeof alsoBoughtOptionsSchema>

export function parseAlsoBoughtOptions(raw: unknown): AlsoBoughtOptions {
  return parsePluginOptions("@touchpoints/also-bought", alsoBoughtOptionsSchema, raw)
}
