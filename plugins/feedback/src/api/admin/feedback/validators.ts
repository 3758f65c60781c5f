import { z } from "@medusajs/framework/zod"

const isoDate = z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time" }).or(z.iso.date())
const flag = z.enum(["true", "false"]).transform((value) => value === "true")

const periodFields = {
  from: isoDate.optional(),
  to: isoDate.optional(),
  product_id: z.string().min(1).max(100).optional(),
  category_id: z.string().min(1).max(100).optional(),
}
const responseFilters = {
  band: z.enum(["detractor", "passive", "promoter"]).optional(),
  has_comment: flag.optional(),
  q: z.string().trim().min(1).max(200).optional(),
}
const fromBeforeTo = (range: { from?: string; to?: string }) =>
  !range.from || !range.to || new Date(range.from) < new Date(range.to)

export const GetFeedbackReport = z
  .object({
    ...periodFields,
    ...responseFilters,
    group_by: z.enum(["week", "month", "product", "category"]).optional(),
    format: z.enum(["json", "csv"]).optional(),
  })
  .strict()
  .refine(fromBeforeTo, { message: "from must be before to", path: ["from"] })
export type GetFeedbackReportType = z.infer<typeof GetFeedbackReport>

export const GetFeedbackResponses = z
  .object({
    ...periodFields,
    ...responseFilters,
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
  .refine(fromBeforeTo, { message: "from must be before to", path: ["from"] })
export type GetFeedbackResponsesType = z.infer<typeof GetFeedbackResponses>

export const GetFeedbackAlerts = z
  .object({
    state: z.enum(["open", "withdrawn"]).optional(),
    unseen: flag.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
export type GetFeedbackAlertsType = z.infer<typeof GetFeedbackAlerts>

export const GetFeedbackOrderSurvey = z.object({}).strict()

export const GetFeedbackCustomerSurveys = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(10),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
export type GetFeedbackCustomerSurveysType = z.infer<typeof GetFeedbackCustomerSurveys>

export const PostFeedbackAlertsSeen = z.object({ ids: z.array(z.string().min(1).max(100)).min(1).max(500) }).strict()
export type PostFeedbackAlertsSeenType = z.infer<typeof PostFeedbackAlertsSeen>

export const PostFeedbackRun = z.object({}).strict()
