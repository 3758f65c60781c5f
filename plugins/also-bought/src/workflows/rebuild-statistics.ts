import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { rebuildStatisticsStep } from "./steps/rebuild-statistics"

export const rebuildAlsoBoughtStatisticsWorkflowId = "rebuild-also-bought-statistics"

/** Recomputes the co-purchase statistics from all orders (job, admin route, seed). */
export const rebuildAlsoBoughtStatisticsWorkflow = createWorkflow(
  rebuildAlsoBoughtStatisticsWorkflowId,
  () => new WorkflowResponse(rebuildStatisticsStep())
)
