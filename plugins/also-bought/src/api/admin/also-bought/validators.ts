import { z } from "@medusajs/framework/zod"

/** Routes that take no body still refuse one with fields (strict). */
export const EmptyBody = z.object({}).strict()
