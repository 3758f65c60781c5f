import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { type NewConsentEntry, UNVERIFIED } from "../../modules/email/lib/consent-entry"
import { appendConsentEntryStep } from "./steps/append-consent-entry"
import { sendConsentConfirmationStep } from "./steps/send-consent-confirmation"

export const recordEmailConsentWorkflowId = "touchpoints-core-record-email-consent"

export type RecordEmailConsentInput = NewConsentEntry

/**
 * Appends a marketing-email choice (one flow or "*") to the consent ledger with its source and proof. An
 * unverified opt-in that does not count yet (double opt-in, or a verified opt-out stands) mails the address
 * one confirmation link; the answer says `pending_confirmation`.
 */
export const recordEmailConsentWorkflow = createWorkflow(
  recordEmailConsentWorkflowId,
  (input: RecordEmailConsentInput) => {
    const appended = appendConsentEntryStep(input)
    const needsConfirmation = transform(
      { appended },
      ({ appended }) =>
        appended.entry.proof === UNVERIFIED && appended.entry.granted && appended.state.pendingConfirmation
    )
    when({ needsConfirmation }, ({ needsConfirmation }) => needsConfirmation).then(() =>
      sendConsentConfirmationStep(transform({ appended }, ({ appended }) => ({ entry: appended.entry })))
    )
    return new WorkflowResponse(
      transform({ appended }, ({ appended }) => ({
        ...appended.entry,
        effective: appended.state.granted,
        pending_confirmation: appended.state.pendingConfirmation,
      }))
    )
  }
)
