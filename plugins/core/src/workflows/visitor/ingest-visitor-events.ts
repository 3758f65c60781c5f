import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type IngestVisitorEventsStepInput, ingestVisitorEventsStep } from "./steps/ingest-visitor-events"

export { ingestVisitorEventsStep } from "./steps/ingest-visitor-events"

export const ingestVisitorEventsWorkflowId = "touchpoints-core-ingest-visitor-events"

/** Accepts a validated batch of visitor events: raw events stored, profile aggregates updated. */
export const ingestVisitorEventsWorkflow = createWorkflow(
  ingestVisitorEventsWorkflowId,
  (input: IngestVisitorEventsStepInput) => {
    const result = ingestVisitorEventsStep(input)
    return new WorkflowResponse(result)
  }
)
