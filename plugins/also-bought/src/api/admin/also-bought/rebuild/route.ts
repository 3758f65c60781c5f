import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { flushCompanionCache } from "../../../../lib/companion-cache"
import { rebuildAlsoBoughtStatisticsWorkflow } from "../../../../workflows/rebuild-statistics"

/** Rebuilds the co-purchase statistics from every order now; answers what was counted. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const { result } = await rebuildAlsoBoughtStatisticsWorkflow(req.scope).run()
  flushCompanionCache()
  res.json({ rebuilt: result })
}
