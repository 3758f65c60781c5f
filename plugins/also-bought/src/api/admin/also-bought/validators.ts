import { z } from "@medusajs/framework/zod"

/** Routes that take no body still refuse one with fields (strict). */
export const EmptyBody = z.object({}).strict()

const productId = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, "must be a product id")

export const GetAdminRules = z
  .object({
    /** Rules held by fewer orders than this are left out (1 = every pair ever bought together). */
    min_orders: z.coerce.number().int().min(1).max(1_000_000).default(1),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
export type GetAdminRulesType = z.infer<typeof GetAdminRules>

export const PostPin = z
  .object({
    companion_id: productId,
    /** Place among the pins (0 first); after the existing pins when left out. */
    position: z.number().int().min(0).max(1000).optional(),
  })
  .strict()
export type PostPinType = z.infer<typeof PostPin>

export const PostBlock = z.object({ companion_id: productId }).strict()
export type PostBlockType = z.infer<typeof PostBlock>

const isoDate = z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time" }).or(z.iso.date())

export const GetAlsoBoughtStats = z
  .object({ from: isoDate.optional(), to: isoDate.optional() })
  .strict()
  .refine((range) => !range.from || !range.to || new Date(range.from) < new Date(range.to), {
    message: "from must be before to",
    path: ["from"],
  })
export type GetAlsoBoughtStatsType = z.infer<typeof GetAlsoBoughtStats>
