import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { flushGroupCacheStep } from "./steps/flush-group-cache"
import { setReplacementStep } from "./steps/set-replacement"

export const setNextStepsReplacementWorkflowId = "touchpoints-next-steps-set-replacement"

/** The owner names (or clears) the replacement of a discontinued or deleted product. */
export const setNextStepsReplacementWorkflow = createWorkflow(
  setNextStepsReplacementWorkflowId,
  (input: { product_id: string; replacement_product_id: string | null }) => {
    const replacement = setReplacementStep(input)
    flushGroupCacheStep()
    return new WorkflowResponse(replacement)
  }
)
