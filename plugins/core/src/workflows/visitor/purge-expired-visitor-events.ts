import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { purgeVisitorEventsStep } from "./steps/purge-visitor-events"

export const purgeExpiredVisitorEventsWorkflowId = "touchpoints-core-purge-expired-visitor-events"

/** The retention job's work: raw events before `before` go, profile aggregates stay. */
export const purgeExpiredVisitorEventsWorkflow = createWorkflow(
  purgeExpiredVisitorEventsWorkflowId,
  (input: { before: string }) => new WorkflowResponse(purgeVisitorEventsStep(input))
)
