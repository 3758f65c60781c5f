import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EMAIL_MODULE } from "../../../modules/email"
import { type ConsentEntry, confirmationProofOf } from "../../../modules/email/lib/consent-entry"
import type EmailModuleService from "../../../modules/email/service"

export const confirmConsentEntryStepId = "touchpoints-core-confirm-consent-entry"

/**
 * Records the confirmation of an unverified opt-in as a verified opt-in (source double_opt_in, proof naming the
 * entry). Once per entry: a second POST of the same link finds the first confirmation and adds nothing.
 * Compensation removes only an entry this run added.
 */
export const confirmConsentEntryStep = createStep(
  confirmConsentEntryStepId,
  async (input: { pending: ConsentEntry }, { container }) => {
    const emails = container.resolve<EmailModuleService>(EMAIL_MODULE)
    const proof = confirmationProofOf(input.pending.id)
    const earlier = await emails.consentEntryByProof(proof)
    if (earlier) return new StepResponse<ConsentEntry, string | null>(earlier, null)
    const entry = await emails.appendConsent({
      address: input.pending.address,
      flow: input.pending.flow,
      granted: true,
      source: "double_opt_in",
      proof,
      cart_id: input.pending.cart_id,
      customer_id: input.pending.customer_id,
    })
    return new StepResponse<ConsentEntry, string | null>(entry, entry.id)
  },
  async (entryId, { container }) => {
    if (!entryId) return
    await container.resolve<EmailModuleService>(EMAIL_MODULE).deleteEmailConsentEntries(entryId)
  }
)
