import type { SurveyProductRow, SurveyRow } from "../modules/feedback/lib/types"
import type FeedbackModuleService from "../modules/feedback/service"
import { surveyView } from "./survey-view"

/**
 * A survey as the shop owner sees it on the order: the storefront's view plus how it was offered (state, channel,
 * why it was skipped, when it opened) and when it was first answered.
 */
export function adminSurveyView(feedback: FeedbackModuleService, survey: SurveyRow, products: SurveyProductRow[]) {
  const { questions: _questions, scales: _scales, ...view } = surveyView(feedback, survey, products)
  return {
    ...view,
    state: survey.state,
    channel: survey.channel,
    skip_reason: survey.skip_reason,
    started_at: survey.started_at,
    first_answered_at: survey.first_answered_at,
  }
}
