import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EMAIL_MODULE } from "../../../modules/email"
import { normalizeAddress } from "../../../modules/email/lib/types"
import type EmailModuleService from "../../../modules/email/service"
import type { ConsentRecord } from "../../../modules/email/service"

export const recordEmailConsentStepId = "touchpoints-record-email-consent"

export type RecordEmailConsentInput = { address: string; flow: string; granted: boolean; source: string }

type Undo = { input: RecordEmailConsentInput; previous: ConsentRecord | null }

/** Records a marketing-email choice; compensation puts the previous choice back. */
export const recordEmailConsentStep = createStep(
  recordEmailConsentStepId,
  async (input: RecordEmailConsentInput, { container }) => {
    const emails = container.resolve<EmailModuleService>(EMAIL_MODULE)
    const address = normalizeAddress(input.address)
    const previous = (await emails.consentsOf(address)).find((row) => row.flow === input.flow) ?? null
    const record = await emails.recordConsent({ ...input, address })
    return new StepResponse<ConsentRecord, Undo>(record, { input: { ...input, address }, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const emails = container.resolve<EmailModuleService>(EMAIL_MODULE)
    if (undo.previous) {
      await emails.recordConsent(undo.previous)
    } else {
      await emails.deleteEmailConsents({ address: undo.input.address, flow: undo.input.flow })
    }
  }
)
