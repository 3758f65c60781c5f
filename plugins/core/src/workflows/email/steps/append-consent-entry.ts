import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EMAIL_MODULE } from "../../../modules/email"
import type { ConsentEntry, NewConsentEntry } from "../../../modules/email/lib/consent-entry"
import type { EffectiveConsent } from "../../../modules/email/lib/consent-precedence"
import type EmailModuleService from "../../../modules/email/service"

export const appendConsentEntryStepId = "touchpoints-core-append-consent-entry"

export type AppendConsentEntryOutput = { entry: ConsentEntry; state: Omit<EffectiveConsent, "decidedBy"> }

/**
 * Appends one change to the consent ledger and answers the flow's effective state after it. Compensation
 * removes the entry this run appended (nothing else in the ledger ever changes).
 */
export const appendConsentEntryStep = createStep(
  appendConsentEntryStepId,
  async (input: NewConsentEntry, { container }) => {
    const emails = container.resolve<EmailModuleService>(EMAIL_MODULE)
    const entry = await emails.appendConsent(input)
    const { decidedBy: _decidedBy, ...state } = await emails.effectiveConsentOf(entry.address, entry.flow)
    return new StepResponse<AppendConsentEntryOutput, string>({ entry, state }, entry.id)
  },
  async (entryId, { container }) => {
    if (!entryId) return
    await container.resolve<EmailModuleService>(EMAIL_MODULE).deleteEmailConsentEntries(entryId)
  }
)
