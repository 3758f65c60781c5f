import { z } from "@medusajs/framework/zod"
import { visitorIdSchema } from "@touchpoints/core/api"

// Field shapes the store and admin validators share (each resource's validators.ts builds its bodies on them).

export const flag = z.enum(["true", "false"]).transform((value) => value === "true")
export const id = z.string().min(1).max(100)
export const isoDateTime = z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time" })
/** A visitor id as the store issued it (signed): the same shape core's routes take. */
export const visitorId = visitorIdSchema
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
