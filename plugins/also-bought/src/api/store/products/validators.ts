import { z } from "@medusajs/framework/zod"

const medusaId = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, "must be a Medusa id (letters, digits, _ and -)")

export const GetAlsoBought = z
  .object({
    limit: z.coerce.number().int().min(1).max(50).default(6),
    region_id: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
export type GetAlsoBoughtType = z.infer<typeof GetAlsoBought>

export const GetBundle = z.object({ region_id: medusaId }).strict()
export type GetBundleType = z.infer<typeof GetBundle>
