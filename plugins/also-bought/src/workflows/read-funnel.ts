import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type FunnelPeriod, readFunnelStep } from "./steps/read-funnel"

export const readAlsoBoughtFunnelWorkflowId = "touchpoints-also-bought-read-funnel"

/** The owner's figures of "others also bought" and bundles in a period (GET /admin/also-bought/stats). */
export const readAlsoBoughtFunnelWorkflow = createWorkflow(
  readAlsoBoughtFunnelWorkflowId,
  (period: FunnelPeriod) => new WorkflowResponse(readFunnelStep(period))
)
