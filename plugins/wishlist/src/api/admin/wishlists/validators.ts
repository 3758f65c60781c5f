import { z } from "@medusajs/framework/zod"

export const GetWishlistStats = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(10),
    since: z.iso.datetime({ offset: true }).optional(),
  })
  .strict()
export type GetWishlistStatsType = z.infer<typeof GetWishlistStats>
