import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { EMAIL_MODULE, type EmailModuleService } from "@touchpoints/core/modules/email"
import { surveyPageUrl } from "../../../../../lib/feedback-emails"
import { verifyFeedbackToken } from "../../../../../lib/feedback-token"
import { messagePage, scorePage } from "../../../../../lib/score-page"
import { isOpen } from "../../../../../lib/survey-view"
import { NPS_MAX, NPS_MIN } from "../../../../../modules/feedback/lib/score-band"
import type { SurveyRow } from "../../../../../modules/feedback/lib/types"
import { recordFeedbackAnswersWorkflow } from "../../../../../workflows/record-answers"
import { recordAutomaticFeedbackScoreWorkflow } from "../../../../../workflows/record-automatic-score"
import { settleAutomaticFeedbackAnswersWorkflow } from "../../../../../workflows/settle-automatic-answers"
import { closedMessage, feedbackService } from "../../../../store/feedback/survey-by-token"
import type { PostScoreLinkType } from "../../validators"

function shopName(req: MedusaRequest): string {
  return req.scope.resolve<EmailModuleService>(EMAIL_MODULE).settings.shop.name
}

function sendPage(res: MedusaResponse, status: number, html: string) {
  res.status(status).set("Cache-Control", "no-store").type("html").send(html)
}

/**
 * The survey and score of the link, or null after answering its page: 404 forged or unknown, 410 expired link
 * or closed survey, 400 a score outside 0-10.
 */
async function surveyAndScore(
  req: MedusaRequest,
  res: MedusaResponse
): Promise<{ survey: SurveyRow; score: number } | null> {
  const feedback = feedbackService(req)
  const name = shopName(req)
  const checked = verifyFeedbackToken(feedback.settings.keys, req.params.token)
  if (!checked.ok && checked.reason === "expired") {
    sendPage(res, 410, messagePage("This survey has closed", closedMessage(null), name))
    return null
  }
  const found = checked.ok ? await feedback.surveyWithProducts({ id: checked.surveyId }) : null
  if (!found?.survey.closes_at) {
    sendPage(
      res,
      404,
      messagePage("Link not recognised", "This survey link is not valid. Please use the link from the email.", name)
    )
    return null
  }
  const score = /^\d{1,2}$/.test(req.params.score) ? Number(req.params.score) : Number.NaN
  if (!(score >= NPS_MIN && score <= NPS_MAX)) {
    sendPage(
      res,
      400,
      messagePage("Score not recognised", "Scores go from 0 to 10. Please use a link from the email.", name)
    )
    return null
  }
  if (!isOpen(feedback, found.survey)) {
    sendPage(res, 410, messagePage("This survey has closed", closedMessage(found.survey), name))
    return null
  }
  return { survey: found.survey, score }
}

/**
 * A score link from the survey email (one per score, 0-10). It changes nothing: mail scanners open every link.
 * The page posts the score back by itself in a person's browser, or with its button (see lib/automatic-answers).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const found = await surveyAndScore(req, res)
  if (!found) return
  const { automaticAnswers } = feedbackService(req).settings
  sendPage(res, 200, scorePage({ score: found.score, shopName: shopName(req), automatic: automaticAnswers }))
}

/**
 * The score page's answer. `how: "button"` is a person: recorded at once. `how: "automatic"` joins the survey's
 * burst of automatic answers and counts only if no different one follows (scanners open every link). Then on to
 * the storefront's survey page for the follow-up question; a burst held back asks for the button instead.
 */
export async function POST(req: MedusaRequest<PostScoreLinkType>, res: MedusaResponse) {
  const found = await surveyAndScore(req, res)
  if (!found) return
  const { survey, score } = found
  const feedback = feedbackService(req)
  let recorded: SurveyRow | null
  // with automaticAnswers off no page posts by itself: an `automatic` answer is held back like a scanner's
  if (req.validatedBody.how === "automatic" && !feedback.settings.automaticAnswers) {
    const note = "Please press the button to send your score."
    return sendPage(res, 200, scorePage({ score, shopName: shopName(req), automatic: false, note }))
  }
  if (req.validatedBody.how === "button") {
    const { result } = await recordFeedbackAnswersWorkflow(req.scope).run({
      input: { before: survey, answers: { nps_score: score } },
    })
    recorded = result
  } else {
    // an earlier burst that has ended becomes the answer (or is dropped) before this one starts
    await settleAutomaticFeedbackAnswersWorkflow(req.scope).run({ input: { survey_id: survey.id, limit: 1 } })
    const current = (await feedback.surveyWithProducts({ id: survey.id }))?.survey ?? survey
    const { result } = await recordAutomaticFeedbackScoreWorkflow(req.scope).run({ input: { before: current, score } })
    recorded = result
    if (result?.auto_discarded) {
      const note = "We could not save this automatically. Please press the button to send your score."
      return sendPage(res, 200, scorePage({ score, shopName: shopName(req), automatic: false, note }))
    }
  }
  if (!recorded) return sendPage(res, 410, messagePage("This survey has closed", closedMessage(survey), shopName(req)))
  res.set("Cache-Control", "no-store").redirect(303, surveyPageUrl(feedback.settings.surveyUrl, req.params.token))
}
