import { z } from "@medusajs/framework/zod"

export const GetAlsoBought = z
  .object({
    limit: z.coerce.number().int().min(1).max(50).default(6),
    region_id: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
export type GetAlsoBoughtType = z.infer<typeof GetAlsoBought>
