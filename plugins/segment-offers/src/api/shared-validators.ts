import { z } from "@medusajs/framework/zod"

// Field shapes the store and admin validators share (each resource's validators.ts builds its bodies on them).

export const flag = z.enum(["true", "false"]).transform((value) => value === "true")
export const id = z.string().min(1).max(100)
export const isoDateTime = z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time" })
export const visitorId = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "must be 16-64 letters, digits, _ or -")
/** The token of an emailed offer link. */
export const offerToken = z.string().min(1).max(500)

export const PLACEMENTS = ["home", "product", "cart"] as const

export const GetList = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
export type GetListType = z.infer<typeof GetList>

export const EmptyQuery = z.object({}).strict()
export const EmptyBody = z.object({}).strict()
