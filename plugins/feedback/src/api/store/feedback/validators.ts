import { z } from "@medusajs/framework/zod"
import { CES_MAX, CES_MIN, NPS_MAX, NPS_MIN } from "../../../modules/feedback/lib/score-band"

export const GetFeedbackSurvey = z.object({}).strict()

export const PostFeedbackAnswers = z
  .object({
    nps_score: z.number().int().min(NPS_MIN).max(NPS_MAX).optional(),
    ces_score: z.number().int().min(CES_MIN).max(CES_MAX).optional(),
    comment: z.string().trim().max(2000).nullable().optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: "give at least one of nps_score, ces_score, comment" })
export type PostFeedbackAnswersType = z.infer<typeof PostFeedbackAnswers>
