import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adminSurveyView } from "../../../../../lib/admin-survey-view"
import { feedbackService } from "../../feedback-service"

/**
 * The survey of one order (for the order page of the admin), answered or not, whatever its period; `survey: null`
 * when the order has none yet.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const feedback = feedbackService(req)
  const found = await feedback.surveyWithProducts({ orderId: req.params.order_id })
  res.json({ survey: found ? adminSurveyView(feedback, found.survey, found.products) : null })
}
