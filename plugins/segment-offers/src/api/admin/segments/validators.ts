import { z } from "@medusajs/framework/zod"
import { checkRule } from "../../../modules/segment-offers/lib/rules"

/** A rule, checked by the rule language itself so each problem names its path (`rule.any.1.op: ...`). */
const rule = z.unknown().superRefine((value, context) => {
  const checked = checkRule(value, "rule")
  if (!checked.ok) {
    for (const problem of checked.problems) {
      // "rule.all.0.field: unknown field ..." -> path [all, 0, field] under the rule, message after the colon
      const split = problem.indexOf(": ")
      const path = problem
        .slice(0, split)
        .split(".")
        .slice(1)
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part))
      context.addIssue({ code: "custom", message: problem.slice(split + 2), path })
    }
  }
})

const segmentFields = {
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000).nullable().optional(),
  rule,
  status: z.enum(["active", "paused"]).optional(),
  mirror_to_group: z.boolean().optional(),
  email_offer: z.boolean().optional(),
}

export const PostSegment = z.object(segmentFields).strict()
export type PostSegmentType = z.infer<typeof PostSegment>

export const PostSegmentUpdate = z
  .object(segmentFields)
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: "give at least one field to change" })
export type PostSegmentUpdateType = z.infer<typeof PostSegmentUpdate>

export const PostSegmentPreview = z.object({ rule, sample: z.number().int().min(0).max(100).optional() }).strict()
export type PostSegmentPreviewType = z.infer<typeof PostSegmentPreview>

export const GetSegmentPreview = z.object({ sample: z.coerce.number().int().min(0).max(100).optional() }).strict()
export type GetSegmentPreviewType = z.infer<typeof GetSegmentPreview>
