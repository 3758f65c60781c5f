import { z } from "@medusajs/framework/zod"
import { parsePluginOptions } from "@touchpoints/core/lib/plugin-options"

/**
 * Options of the @touchpoints/wishlist plugin (medusa-config `plugins[].options`), checked once at boot.
 * Medusa hands them to every module of the plugin.
 */
export const wishlistOptionsSchema = z
  .object({
    share: z
      .object({
        /** HMAC key for share links and guest tokens; changing it invalidates all of them. */
        secret: z.string().min(16, "must be at least 16 characters"),
        /** Default lifetime of a share link. */
        ttlDays: z.number().int().min(1).max(365).default(90),
      })
      .strict(),
    limits: z
      .object({
        listsPerShopper: z.number().int().min(1).max(100).default(20),
        itemsPerList: z.number().int().min(1).max(1000).default(200),
        maxQuantity: z.number().int().min(1).max(100_000).default(999),
      })
      .strict()
      .default({ listsPerShopper: 20, itemsPerList: 200, maxQuantity: 999 }),
    defaultListName: z.string().trim().min(1).max(80).default("Saved for later"),
    cache: z
      .object({
        /** Seconds an instance keeps a variant's price and stock for list reads; 0 turns the cache off. */
        factsTtlSeconds: z.number().int().min(0).max(3600).default(20),
      })
      .strict()
      .default({ factsTtlSeconds: 20 }),
  })
  .strict()

export type WishlistOptionsInput = z.input<typeof wishlistOptionsSchema>
export type WishlistOptions = z.output<typeof wishlistOptionsSchema>

/** Parses plugin options, throwing an error that names every wrong option. */
export function parseWishlistOptions(raw: unknown): WishlistOptions {
  return parsePluginOptions("@touchpoints/wishlist", wishlistOptionsSchema, raw)
}
