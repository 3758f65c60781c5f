import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ConsentEntry } from "../../modules/email/lib/consent-entry"
import { confirmConsentEntryStep } from "./steps/confirm-consent-entry"

export const confirmEmailConsentWorkflowId = "touchpoints-core-confirm-email-consent"

/** A double-opt-in link was confirmed (a POST from the address's mailbox): the pending opt-in now counts. */
export const confirmEmailConsentWorkflow = createWorkflow(
  confirmEmailConsentWorkflowId,
  (input: { pending: ConsentEntry }) => new WorkflowResponse(confirmConsentEntryStep(input))
)
