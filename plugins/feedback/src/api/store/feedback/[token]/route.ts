import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pendingScore } from "../../../../lib/automatic-answers"
import { isOpen, surveyView } from "../../../../lib/survey-view"
import { recordFeedbackAnswersWorkflow } from "../../../../workflows/record-answers"
import { feedbackService, respondClosed, surveyByToken } from "../survey-by-token"
import type { PostFeedbackAnswersType } from "../validators"

/** A survey from its signed link: the order's products, the answers so far and the follow-up question. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const feedback = feedbackService(req)
  const found = await surveyByToken(req)
  if (found === "expired") return respondClosed(res, null)
  const { survey, products } = found
  if (!isOpen(feedback, survey)) return respondClosed(res, survey)
  res.set("Cache-Control", "no-store").json({ survey: surveyView(feedback, survey, products) })
}

/**
 * Records answers (any of NPS 0-10, effort 1-5, a comment) while the survey is open; a detractor's answer opens
 * an alert for the owner. 409 once the survey has closed. These are a person's answers (the widget sends them on
 * a choice or a press): a score still waiting on the score page is confirmed by them.
 */
export async function POST(req: MedusaRequest<PostFeedbackAnswersType>, res: MedusaResponse) {
  const feedback = feedbackService(req)
  const found = await surveyByToken(req)
  if (found === "expired") return respondClosed(res, null)
  const { survey, products } = found
  if (!isOpen(feedback, survey)) return respondClosed(res, survey)
  const { comment, ...scores } = req.validatedBody
  const pending = pendingScore(survey)
  const answers = {
    ...(pending !== null && { nps_score: pending }),
    ...scores,
    ...(comment !== undefined && { comment: comment || null }),
  }
  const { result } = await recordFeedbackAnswersWorkflow(req.scope).run({ input: { before: survey, answers } })
  // closed between the read and the write: the write did nothing
  if (!result) return respondClosed(res, survey)
  res.set("Cache-Control", "no-store").json({ survey: surveyView(feedback, result, products) })
}
