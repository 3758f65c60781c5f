import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rebuildAlsoBoughtStatisticsWorkflow } from "../../../../workflows/rebuild-statistics"

/** Rebuilds the co-purchase statistics from every order now (the workflow flushes the cache); answers what was counted. */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const { result } = await rebuildAlsoBoughtStatisticsWorkflow(req.scope).run()
  res.json({ rebuilt: result })
}
