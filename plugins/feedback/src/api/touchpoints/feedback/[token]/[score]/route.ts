import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { htmlPage } from "@touchpoints/core/lib/html-page"
import { EMAIL_MODULE, type EmailModuleService } from "@touchpoints/core/modules/email"
import { surveyPageUrl } from "../../../../../lib/feedback-emails"
import { verifyFeedbackToken } from "../../../../../lib/feedback-token"
import { isOpen } from "../../../../../lib/survey-view"
import { NPS_MAX, NPS_MIN } from "../../../../../modules/feedback/lib/score-band"
import { recordFeedbackAnswersWorkflow } from "../../../../../workflows/record-feedback-answers"
import { feedbackService } from "../../../../utils/survey-by-token"

function sendPage(req: MedusaRequest, res: MedusaResponse, status: number, title: string, text: string) {
  const { shop } = req.scope.resolve<EmailModuleService>(EMAIL_MODULE).settings
  res
    .status(status)
    .set("Cache-Control", "no-store")
    .type("html")
    .send(htmlPage(title, `<p>${text}</p>`, shop.name))
}

/**
 * A score link from the survey email (one per score, 0-10): records the score at once and lands on the
 * storefront's survey page, which asks the follow-up for that score. No key, no cookie: the signed token is the
 * authority, for its own survey only. A closed survey records nothing; the page then says so.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const feedback = feedbackService(req)
  const surveyId = verifyFeedbackToken(feedback.settings.secret, req.params.token)
  const found = surveyId ? await feedback.surveyWithProducts({ id: surveyId }) : null
  if (!found?.survey.closes_at) {
    return sendPage(
      req,
      res,
      404,
      "Link not recognised",
      "This survey link is not valid. Please use the link from the email."
    )
  }
  const score = /^\d{1,2}$/.test(req.params.score) ? Number(req.params.score) : Number.NaN
  if (!(score >= NPS_MIN && score <= NPS_MAX)) {
    return sendPage(req, res, 400, "Score not recognised", "Scores go from 0 to 10. Please use a link from the email.")
  }
  if (isOpen(feedback, found.survey)) {
    await recordFeedbackAnswersWorkflow(req.scope).run({
      input: { before: found.survey, answers: { nps_score: score } },
    })
  }
  res.set("Cache-Control", "no-store").redirect(303, surveyPageUrl(feedback.settings.surveyUrl, req.params.token))
}
