import { z } from "@medusajs/framework/zod"

/** Backfilling the visitors' orders takes no options. */
export const PostAdminVisitorsBackfillOrders = z.object({}).strict()
