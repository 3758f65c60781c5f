import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type CurateCompanionInput, curateCompanionStep } from "./steps/curate-companion"
import { flushCompanionCacheStep } from "./steps/flush-companion-cache"
import { validateCompanionStep } from "./steps/validate-companion"

export const curateAlsoBoughtCompanionWorkflowId = "touchpoints-also-bought-curate-companion"

/** A merchant pins a companion first, blocks it, or takes that back. */
export const curateAlsoBoughtCompanionWorkflow = createWorkflow(
  curateAlsoBoughtCompanionWorkflowId,
  (input: CurateCompanionInput) => {
    validateCompanionStep(input)
    const current = curateCompanionStep(input)
    flushCompanionCacheStep()
    return new WorkflowResponse(current)
  }
)
