import { z } from "@medusajs/framework/zod"

/** The shopper's own data: nothing to ask (who is asking comes from the session and the visitor id). */
export const GetTouchpointsPersonalData = z.object({}).strict()
