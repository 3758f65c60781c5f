import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { feedbackService } from "../feedback-service"
import { scopeOf } from "../period"
import type { GetFeedbackResponsesType } from "../validators"

/** Responses (newest first) with their order, customer and products, filtered by band, comment text, product... */
export async function GET(req: MedusaRequest<unknown, GetFeedbackResponsesType>, res: MedusaResponse) {
  const query = req.validatedQuery as GetFeedbackResponsesType
  const { responses, count } = await feedbackService(req).responses({
    ...(await scopeOf(req, query)),
    limit: query.limit,
    offset: query.offset,
  })
  res.json({ responses, count, limit: query.limit, offset: query.offset })
}
