import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { verifyFeedbackToken } from "../../../lib/feedback-token"
import { FEEDBACK_MODULE } from "../../../modules/feedback"
import type { SurveyProductRow, SurveyRow } from "../../../modules/feedback/lib/types"
import type FeedbackModuleService from "../../../modules/feedback/service"

export function feedbackService(req: MedusaRequest): FeedbackModuleService {
  return req.scope.resolve<FeedbackModuleService>(FEEDBACK_MODULE)
}

export type SurveyByToken = { survey: SurveyRow; products: SurveyProductRow[] }

/**
 * The survey of the request's token, or "expired" for an authentic link past its `surveyLinkDays` (the caller
 * answers that the survey has closed). 404 when forged, unknown, or never opened.
 */
export async function surveyByToken(req: MedusaRequest): Promise<SurveyByToken | "expired"> {
  const feedback = feedbackService(req)
  const checked = verifyFeedbackToken(feedback.settings.keys, req.params.token)
  if (!checked.ok && checked.reason === "expired") return "expired"
  const found = checked.ok ? await feedback.surveyWithProducts({ id: checked.surveyId }) : null
  if (!found?.survey.closes_at) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This survey link is not valid")
  }
  return found
}

/** What a closed survey's page and 409 say (an expired link is a closed survey). */
export function closedMessage(survey: SurveyRow | null): string {
  return survey?.first_answered_at
    ? "Thank you: this survey was answered and can no longer be changed"
    : "This survey has closed"
}

/**
 * 409 `survey_closed`: the survey takes no answers any more (its window, or the time to change an answer, has
 * passed). Written here: Medusa's error handler replaces a conflict's message with a generic one.
 */
export function respondClosed(res: MedusaResponse, survey: SurveyRow | null): void {
  res.status(409).json({ type: "conflict", code: "survey_closed", message: closedMessage(survey) })
}
