import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ALSO_BOUGHT_MODULE } from "../../../../modules/also-bought"
import type AlsoBoughtModuleService from "../../../../modules/also-bought/service"
import type { GetAlsoBoughtStatsType } from "../validators"

const DAY_MS = 86_400_000

/** What "others also bought" and bundles did: impressions, clicks, bundle attach rate and revenue (default: 30 days). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetAlsoBoughtStatsType>, res: MedusaResponse) {
  const to = req.validatedQuery.to ? new Date(req.validatedQuery.to) : new Date()
  const from = req.validatedQuery.from ? new Date(req.validatedQuery.from) : new Date(to.getTime() - 30 * DAY_MS)
  const service = req.scope.resolve<AlsoBoughtModuleService>(ALSO_BOUGHT_MODULE)
  res.json({ stats: await service.funnel({ from, to }) })
}
