import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type CurateCompanionInput, curateCompanionStep } from "./steps/curate-companion"
import { validateCompanionStep } from "./steps/validate-companion"

export const curateAlsoBoughtCompanionWorkflowId = "curate-also-bought-companion"

/** A merchant pins a companion first, blocks it, or takes that back. */
export const curateAlsoBoughtCompanionWorkflow = createWorkflow(
  curateAlsoBoughtCompanionWorkflowId,
  (input: CurateCompanionInput) => {
    validateCompanionStep(input)
    return new WorkflowResponse(curateCompanionStep(input))
  }
)
