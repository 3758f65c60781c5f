import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { feedbackService } from "../../../utils/survey-by-token"
import type { GetFeedbackResponsesType } from "../../../validators"
import { scopeOf } from "../period"

/** Responses (newest first) with their order, customer and products, filtered by band, comment text, product... */
export async function GET(req: MedusaRequest<unknown, GetFeedbackResponsesType>, res: MedusaResponse) {
  const query = req.validatedQuery as GetFeedbackResponsesType
  const { responses, count } = await feedbackService(req).responses({
    ...scopeOf(query),
    limit: query.limit,
    offset: query.offset,
  })
  res.json({ responses, count, limit: query.limit, offset: query.offset })
}
