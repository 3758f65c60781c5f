import { createHash } from "node:crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EMAIL_MODULE } from "../../../modules/email"
import { CORE_TEMPLATES } from "../../../modules/email/lib/composer"
import { signConsentConfirmationToken } from "../../../modules/email/lib/consent-confirmation-token"
import type { ConsentEntry } from "../../../modules/email/lib/consent-entry"
import { consentFlowLabel } from "../../../modules/email/lib/consent-entry"
import type EmailModuleService from "../../../modules/email/service"
import { sendEmailWorkflow } from "../send-email"
import type { SendEmailResult } from "../types"

export const sendConsentConfirmationStepId = "touchpoints-core-send-consent-confirmation"
export const CONSENT_CONFIRMATION_FLOW = "consent-confirmation"

/**
 * Mails the double-opt-in link for an unverified opt-in, through the one send path (claimed under an idempotency
 * key first). The key is per address, flow and UTC day: typing someone's address into many carts sends them at
 * most one confirmation a day per flow. Not marketing (it is the question, not the newsletter), so it needs no
 * consent, but a suppressed address gets nothing. No compensation: a claimed email is a record, not a draft.
 */
export const sendConsentConfirmationStep = createStep(
  sendConsentConfirmationStepId,
  async (input: { entry: ConsentEntry }, { container }) => {
    const emails = container.resolve<EmailModuleService>(EMAIL_MODULE)
    const { keys, shop, consent } = emails.settings
    const token = signConsentConfirmationToken(keys, input.entry.id, consent.confirmationHours)
    const subject = createHash("sha256").update(`${input.entry.address}|${input.entry.flow}`).digest("hex").slice(0, 24)
    const { result } = await sendEmailWorkflow(container).run({
      input: {
        flow: CONSENT_CONFIRMATION_FLOW,
        subject_id: subject,
        step: new Date().toISOString().slice(0, 10),
        to: input.entry.address,
        marketing: false,
        requires_consent: false,
        template: "consent-confirmation",
        template_root: CORE_TEMPLATES,
        data: {
          confirm_url: `${shop.backendUrl.replace(/\/+$/, "")}/touchpoints/consent/confirm/${token}`,
          flow_label: consentFlowLabel(input.entry.flow),
          expires_hours: consent.confirmationHours,
        },
      },
    })
    return new StepResponse<SendEmailResult>(result)
  }
)
