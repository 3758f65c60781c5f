import { z } from "@medusajs/framework/zod"
import { id } from "../wishlists/validators"

export const GetWishlistCounts = z
  .object({
    variant_id: z
      .union([id, z.array(id)])
      .transform((value) => (Array.isArray(value) ? value : [value]))
      .pipe(z.array(id).min(1).max(100, "at most 100 variants")),
  })
  .strict()
export type GetWishlistCountsType = z.infer<typeof GetWishlistCounts>
