import { z } from "@medusajs/framework/zod"

const isoDate = z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time" }).or(z.iso.date())

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

/** Longest delay a reminder may have (60 days, as in the options). */
const MAX_DELAY_HOURS = 24 * 60

const PostCartRecoveryStep = z
  .object({
    delay_hours: z
      .number({ error: "must be a number of hours" })
      .gt(0, "must be more than 0")
      .max(MAX_DELAY_HOURS, `must be at most ${MAX_DELAY_HOURS}`),
    incentive_percent: z
      .number({ error: "must be a percentage or null" })
      .gt(0, "must be more than 0 (or null for none)")
      .max(100, "must be at most 100")
      .nullable()
      .default(null),
  })
  .strict()

/**
 * The owner's whole sequence and rules (replaces what was saved). Delays increase from step to step, the first
 * reminder carries no incentive (as in the options), and every delay fits within max_cart_age_days (older carts
 * are never reminded, so a later step would never go out).
 */
export const PostCartRecoverySettings = z
  .object({
    steps: z.array(PostCartRecoveryStep).min(1, "needs at least 1 reminder").max(5, "may have at most 5 reminders"),
    require_consent: z.boolean({ error: "must be true or false" }),
    max_cart_age_days: z
      .number({ error: "must be a whole number of days" })
      .int("must be a whole number of days")
      .min(1, "must be at least 1")
      .max(90, "must be at most 90"),
    recovery_url: z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
      .max(2000, "must be at most 2000 characters")
      .refine((url) => url.includes("{token}"), "must contain {token} (where the recovery link's token goes)"),
  })
  .strict()
  .superRefine((body, ctx) => {
    body.steps.forEach((step, index) => {
      const previous = body.steps[index - 1]
      if (previous && step.delay_hours <= previous.delay_hours) {
        ctx.addIssue({
          code: "custom",
          path: ["steps", index, "delay_hours"],
          message: `must be more than reminder ${index}'s ${previous.delay_hours} h (delays increase)`,
        })
      }
      if (step.delay_hours >= body.max_cart_age_days * 24) {
        ctx.addIssue({
          code: "custom",
          path: ["steps", index, "delay_hours"],
          message: `must be less than max_cart_age_days (${body.max_cart_age_days * 24} h): older carts get no reminder`,
        })
      }
    })
    if (body.steps[0]?.incentive_percent !== null && body.steps[0]?.incentive_percent !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["steps", 0, "incentive_percent"],
        message: "must be null: the first reminder carries no incentive (offer it in a later step)",
      })
    }
  })
export type PostCartRecoverySettingsType = z.infer<typeof PostCartRecoverySettings>

export const DeleteCartRecoverySettings = z.object({}).strict()
