import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { flushCompanionCacheStep } from "./steps/flush-companion-cache"
import { uncountOrderStep } from "./steps/uncount-order"

export const uncountOrderForAlsoBoughtWorkflowId = "touchpoints-also-bought-uncount-order"

/** Takes a canceled order off the co-purchase statistics (idempotent). */
export const uncountOrderForAlsoBoughtWorkflow = createWorkflow(
  uncountOrderForAlsoBoughtWorkflowId,
  (input: { order_id: string }) => {
    const uncounted = uncountOrderStep(input)
    flushCompanionCacheStep()
    return new WorkflowResponse(uncounted)
  }
)
