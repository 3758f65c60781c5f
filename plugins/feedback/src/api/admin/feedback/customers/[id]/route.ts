import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adminSurveyView } from "../../../../../lib/admin-survey-view"
import { feedbackService } from "../../feedback-service"
import type { GetFeedbackCustomerSurveysType } from "../../validators"

/**
 * A customer's surveys for the customer page of the admin, answered or not, newest first, a page at a time
 * (an unknown customer simply has none).
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, GetFeedbackCustomerSurveysType>,
  res: MedusaResponse
) {
  const feedback = feedbackService(req)
  const { limit, offset } = req.validatedQuery
  const { surveys, count } = await feedback.surveysOfCustomer({ customerId: req.params.id, limit, offset })
  res.json({
    surveys: surveys.map(({ survey, products }) => adminSurveyView(feedback, survey, products)),
    count,
    offset,
    limit,
  })
}
