import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { categoriesOfProducts } from "@touchpoints/core/medusa-tables"
import { feedbackService } from "../feedback-service"
import { medusaDbOf, scopeOf } from "../period"
import { sendResponsesCsv } from "../responses-csv"
import type { GetFeedbackReportType } from "../validators"

const VERBATIMS = 20

/**
 * NPS (% promoters - % detractors) with its bands, the score and effort distributions, the effort average, the
 * response rate and a trend for a period (default the last 90 days), grouped by week, month, product or
 * category on request, with the latest verbatims matching the filters. `format=csv` exports the responses.
 */
export async function GET(req: MedusaRequest<unknown, GetFeedbackReportType>, res: MedusaResponse) {
  const query = req.validatedQuery as GetFeedbackReportType
  const feedback = feedbackService(req)
  const scope = await scopeOf(req, query)
  if (query.format === "csv") return sendResponsesCsv(res, feedback, scope)
  // a grouping by category needs the categories of the products answered, from Medusa's tables
  const categories =
    query.group_by === "category"
      ? await categoriesOfProducts(medusaDbOf(req), await feedback.answeredProductIds(scope))
      : undefined
  const report = await feedback.report({ ...scope, groupBy: query.group_by, categories })
  const verbatims = await feedback.responses({
    ...scope,
    hasComment: scope.hasComment ?? true,
    limit: VERBATIMS,
    offset: 0,
  })
  res.json({ report: { ...report, verbatims: verbatims.responses, verbatim_count: verbatims.count } })
}
