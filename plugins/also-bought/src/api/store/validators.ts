import { z } from "@medusajs/framework/zod"

export const GetAlsoBought = z
  .object({
    limit: z.coerce.number().int().min(1).max(50).default(6),
    region_id: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
export type GetAlsoBoughtType = z.infer<typeof GetAlsoBought>

export const GetCartAlsoBought = z.object({ limit: z.coerce.number().int().min(1).max(50).default(6) }).strict()
export type GetCartAlsoBoughtType = z.infer<typeof GetCartAlsoBought>

const medusaId = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, "must be a Medusa id (letters, digits, _ and -)")

export const GetBundle = z.object({ region_id: medusaId }).strict()
export type GetBundleType = z.infer<typeof GetBundle>

export const PostCartBundle = z
  .object({
    product_id: medusaId,
    /** Other variants than the bundle's defaults (e.g. a size): at most one per bundle product. */
    variant_ids: z.array(medusaId).min(1).max(5).optional(),
  })
  .strict()
export type PostCartBundleType = z.infer<typeof PostCartBundle>
