import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { uncountOrderStep } from "./steps/uncount-order"

export const uncountOrderForAlsoBoughtWorkflowId = "touchpoints-also-bought-uncount-order"

/** Takes a canceled order off the co-purchase statistics (idempotent). */
export const uncountOrderForAlsoBoughtWorkflow = createWorkflow(
  uncountOrderForAlsoBoughtWorkflowId,
  (input: { order_id: string }) => new WorkflowResponse(uncountOrderStep(input))
)
