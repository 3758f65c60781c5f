import { bandOf, CES_MAX, CES_MIN, NPS_MAX, NPS_MIN } from "../modules/feedback/lib/score-band"
import type { SurveyProductRow, SurveyRow } from "../modules/feedback/lib/types"
import type FeedbackModuleService from "../modules/feedback/service"
import { pendingScore } from "./automatic-answers"

/**
 * A survey as the storefront sees it: its order's number and products, the answers so far, the follow-up
 * question for the score's band, the scales (with their directions) and until when answers can change. Never
 * the shopper's address.
 */
export function surveyView(feedback: FeedbackModuleService, survey: SurveyRow, products: SurveyProductRow[]) {
  const { questions } = feedback.settings
  // a score chosen on the score page shows at once, while it waits for its burst to end
  const npsScore = pendingScore(survey) ?? survey.nps_score
  const band = npsScore === null ? null : bandOf(npsScore)
  return {
    id: survey.id,
    order: {
      id: survey.order_id,
      display_id: survey.order_display_id,
      products: products.map((product) => ({
        product_id: product.product_id,
        title: product.title,
        handle: product.handle,
        thumbnail: product.thumbnail,
      })),
    },
    answers: { nps_score: npsScore, ces_score: survey.ces_score, comment: survey.comment },
    band,
    follow_up_question: band ? questions[band] : null,
    questions: { ...questions, nps: "How likely are you to recommend us to a friend or colleague?" },
    scales: {
      nps: { min: NPS_MIN, max: NPS_MAX, min_label: "Not at all likely", max_label: "Extremely likely" },
      ces: { min: CES_MIN, max: CES_MAX, min_label: "Very little effort", max_label: "A great deal of effort" },
    },
    answered_at: survey.answered_at,
    editable_until: feedback.editableUntil(survey),
  }
}

/** Whether a survey takes answers now (it opened, and neither its window nor its change window has passed). */
export function isOpen(feedback: FeedbackModuleService, survey: SurveyRow, now = Date.now()): boolean {
  const until = feedback.editableUntil(survey)
  return until !== null && until.getTime() > now
}
