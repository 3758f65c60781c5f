import { z } from "@medusajs/framework/zod"

const isoDate = z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time" }).or(z.iso.date())

export const GetCartRecovery = z.object({}).strict()

export const GetCartRecoveryStats = z
  .object({ from: isoDate.optional(), to: isoDate.optional() })
  .strict()
  .refine((range) => !range.from || !range.to || new Date(range.from) < new Date(range.to), {
    message: "from must be before to",
    path: ["from"],
  })
export type GetCartRecoveryStatsType = z.infer<typeof GetCartRecoveryStats>

export const PostCartRecoveryScan = z.object({}).strict()

export const GetCartRecoverySettings = z.object({}).strict()

export const GetCartRecoveryPreview = z
  .object({
    step: z.coerce.number().int().min(1).max(20),
    locale: z
      .string()
      .regex(/^[a-z]{2}(-[A-Z]{2})?$/, "must be a locale like en or de-DE")
      .optional(),
  })
  .strict()
export type GetCartRecoveryPreviewType = z.infer<typeof GetCartRecoveryPreview>
