import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refreshBuyableSnapshotStep } from "./steps/refresh-buyable-snapshot"

export const refreshBuyableSnapshotWorkflowId = "touchpoints-core-refresh-buyable-snapshot"

/** The periodic full check of what shoppers can buy (core's job; `medusa exec` can run it after an import). */
export const refreshBuyableSnapshotWorkflow = createWorkflow(
  refreshBuyableSnapshotWorkflowId,
  () => new WorkflowResponse(refreshBuyableSnapshotStep())
)
