import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { feedbackService } from "../feedback-service"
import type { GetFeedbackAlertsType } from "../validators"

/** The detractor alert feed, newest first: the order, the customer, the score and the comment. */
export async function GET(req: MedusaRequest<unknown, GetFeedbackAlertsType>, res: MedusaResponse) {
  const query = req.validatedQuery as GetFeedbackAlertsType
  const { alerts, count } = await feedbackService(req).alertFeed(query)
  res.json({ alerts, count, limit: query.limit, offset: query.offset })
}
