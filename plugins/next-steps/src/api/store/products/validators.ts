import { z } from "@medusajs/framework/zod"

const medusaId = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, "must be a Medusa id (letters, digits, _ and -)")

export const GetNextSteps = z
  .object({
    /** Links per group; the plugin option `limit` when left out. */
    limit: z.coerce.number().int().min(1).max(24).optional(),
    region_id: medusaId.optional(),
  })
  .strict()
export type GetNextStepsType = z.infer<typeof GetNextSteps>
