import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type RecordEmailConsentInput, recordEmailConsentStep } from "./steps/record-email-consent"

export const recordEmailConsentWorkflowId = "touchpoints-record-email-consent"

/** Grants or withdraws marketing-email consent for one flow or every flow ("*"), with its source. */
export const recordEmailConsentWorkflow = createWorkflow(
  recordEmailConsentWorkflowId,
  (input: RecordEmailConsentInput) => new WorkflowResponse(recordEmailConsentStep(input))
)
