import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { verifyFeedbackToken } from "../../lib/feedback-token"
import { FEEDBACK_MODULE } from "../../modules/feedback"
import type { SurveyProductRow, SurveyRow } from "../../modules/feedback/lib/types"
import type FeedbackModuleService from "../../modules/feedback/service"

export function feedbackService(req: MedusaRequest): FeedbackModuleService {
  return req.scope.resolve<FeedbackModuleService>(FEEDBACK_MODULE)
}

/** The survey of the request's token (404 when forged, unknown, or never opened). */
export async function surveyByToken(req: MedusaRequest): Promise<{ survey: SurveyRow; products: SurveyProductRow[] }> {
  const feedback = feedbackService(req)
  const surveyId = verifyFeedbackToken(feedback.settings.secret, req.params.token)
  const found = surveyId ? await feedback.surveyWithProducts({ id: surveyId }) : null
  if (!found?.survey.closes_at) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This survey link is not valid")
  }
  return found
}

/**
 * 409 `survey_closed`: the survey takes no answers any more (its window, or the time to change an answer, has
 * passed). Written here: Medusa's error handler replaces a conflict's message with a generic one.
 */
export function respondClosed(res: MedusaResponse, survey: SurveyRow): void {
  res.status(409).json({
    type: "conflict",
    code: "survey_closed",
    message: survey.first_answered_at
      ? "Thank you: this survey was answered and can no longer be changed"
      : "This survey has closed",
  })
}
