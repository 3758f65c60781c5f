import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { flushCompanionCacheStep } from "./steps/flush-companion-cache"
import { rebuildStatisticsStep } from "./steps/rebuild-statistics"

export const rebuildAlsoBoughtStatisticsWorkflowId = "touchpoints-also-bought-rebuild-statistics"

/** Recomputes the co-purchase statistics from all orders (job, admin route, seed). */
export const rebuildAlsoBoughtStatisticsWorkflow = createWorkflow(rebuildAlsoBoughtStatisticsWorkflowId, () => {
  const rebuilt = rebuildStatisticsStep()
  flushCompanionCacheStep()
  return new WorkflowResponse(rebuilt)
})
