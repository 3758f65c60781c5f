import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { signFeedbackToken } from "../../../../../lib/feedback-token"
import { isOpen, surveyView } from "../../../../../lib/survey-view"
import { openOrderSurveyWorkflow } from "../../../../../workflows/open-order-survey"
import { feedbackService, respondClosed } from "../../survey-by-token"

/**
 * The survey of a logged-in customer's own order, for the order confirmation or order page: the same survey
 * the email would bring (opened now when there is none, see the workflow), with a token the widget posts answers
 * with. Another customer's order, or a canceled one, is a 404.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const feedback = feedbackService(req)
  const { result: orderId } = await openOrderSurveyWorkflow(req.scope).run({
    input: { order_id: req.params.order_id, customer_id: req.auth_context.actor_id },
  })
  const found = await feedback.surveyWithProducts({ orderId })
  if (!found?.survey.closes_at) {
    // its email is on its way: the link in it (or this page, once sent) takes the answers
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `The survey of order ${orderId} is not open yet`)
  }
  if (!isOpen(feedback, found.survey)) return respondClosed(res, found.survey)
  res.set("Cache-Control", "no-store").json({
    token: signFeedbackToken(feedback.settings.keys, found.survey.id, feedback.settings.surveyLinkDays),
    survey: surveyView(feedback, found.survey, found.products),
  })
}
