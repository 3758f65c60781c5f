import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type RecordVisitorConsentInput, recordVisitorConsentStep } from "./steps/record-visitor-consent"

export const recordVisitorConsentWorkflowId = "touchpoints-core-record-visitor-consent"

export const recordVisitorConsentWorkflow = createWorkflow(
  recordVisitorConsentWorkflowId,
  (input: RecordVisitorConsentInput) => new WorkflowResponse(recordVisitorConsentStep(input))
)
