import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CurationRow } from "../modules/next-steps/service"
import { flushGroupCacheStep } from "./steps/flush-group-cache"
import { replaceCurationsStep } from "./steps/replace-curations"

export const setNextStepsCurationsWorkflowId = "touchpoints-next-steps-set-curations"

/** The owner's pins and exclusions for one product page's groups, replaced as a whole. */
export const setNextStepsCurationsWorkflow = createWorkflow(
  setNextStepsCurationsWorkflowId,
  (input: { product_id: string; rows: Omit<CurationRow, "product_id">[] }) => {
    const rows = replaceCurationsStep(input)
    flushGroupCacheStep()
    return new WorkflowResponse(rows)
  }
)
