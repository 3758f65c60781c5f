import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readAlsoBoughtFunnelWorkflow } from "../../../../workflows/read-funnel"
import type { GetAlsoBoughtStatsType } from "../validators"

const DAY_MS = 86_400_000

/** What "others also bought" and bundles did: impressions, clicks, bundle attach rate and revenue (default: 30 days). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetAlsoBoughtStatsType>, res: MedusaResponse) {
  const to = req.validatedQuery.to ? new Date(req.validatedQuery.to) : new Date()
  const from = req.validatedQuery.from ? new Date(req.validatedQuery.from) : new Date(to.getTime() - 30 * DAY_MS)
  const { result } = await readAlsoBoughtFunnelWorkflow(req.scope).run({ input: { from, to } })
  res.json({ stats: result })
}
