import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { countOrderStep } from "./steps/count-order"

export const countOrderForAlsoBoughtWorkflowId = "touchpoints-also-bought-count-order"

/** Counts a placed order into the co-purchase statistics (idempotent). */
export const countOrderForAlsoBoughtWorkflow = createWorkflow(
  countOrderForAlsoBoughtWorkflowId,
  (input: { order_id: string }) => new WorkflowResponse(countOrderStep(input))
)
