import { z } from "@medusajs/framework/zod"

const medusaId = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, "must be a Medusa id (letters, digits, _ and -)")

export const GetCartAlsoBought = z.object({ limit: z.coerce.number().int().min(1).max(50).default(6) }).strict()
export type GetCartAlsoBoughtType = z.infer<typeof GetCartAlsoBought>

export const PostCartBundle = z
  .object({
    product_id: medusaId,
    /** Other variants than the bundle's defaults (e.g. a size): at most one per bundle product. */
    variant_ids: z.array(medusaId).min(1).max(5).optional(),
  })
  .strict()
export type PostCartBundleType = z.infer<typeof PostCartBundle>
