import { z } from "@medusajs/framework/zod"

const medusaId = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, "must be a Medusa id (letters, digits, _ and -)")

export const GetNextStepsByHandle = z
  .object({
    handle: z.string().trim().min(1).max(200),
    limit: z.coerce.number().int().min(1).max(24).optional(),
    region_id: medusaId.optional(),
  })
  .strict()
export type GetNextStepsByHandleType = z.infer<typeof GetNextStepsByHandle>
