import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { countOrderStep } from "./steps/count-order"
import { flushCompanionCacheStep } from "./steps/flush-companion-cache"

export const countOrderForAlsoBoughtWorkflowId = "touchpoints-also-bought-count-order"

/** Counts a placed order into the co-purchase statistics (idempotent). */
export const countOrderForAlsoBoughtWorkflow = createWorkflow(
  countOrderForAlsoBoughtWorkflowId,
  (input: { order_id: string }) => {
    const counted = countOrderStep(input)
    flushCompanionCacheStep()
    return new WorkflowResponse(counted)
  }
)
