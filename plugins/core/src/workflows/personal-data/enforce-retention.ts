import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { enforceRetentionStep } from "./steps/enforce-retention"

export const enforceRetentionWorkflowId = "touchpoints-core-enforce-retention"

/** The retention job's work: what each plugin clears or deletes under core's `retention` options, by plugin. */
export const enforceRetentionWorkflow = createWorkflow(
  enforceRetentionWorkflowId,
  (input: { now: string }) => new WorkflowResponse(enforceRetentionStep(input))
)
