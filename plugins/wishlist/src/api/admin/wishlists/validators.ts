import { z } from "@medusajs/framework/zod"

export const GetWishlistStats = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(10),
    since: z.iso.datetime({ offset: true }).optional(),
    /** Only this product in `products` (its times saved, still saved, bought); the totals stay shop-wide. */
    product_id: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,100}$/, "must be a Medusa id")
      .optional(),
  })
  .strict()
export type GetWishlistStatsType = z.infer<typeof GetWishlistStats>
