import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EMAIL_MODULE } from "../../../modules/email"
import type { ClaimInput, ClaimOutcome } from "../../../modules/email/lib/types"
import type EmailModuleService from "../../../modules/email/service"
import type { SendEmailInput } from "../types"

export const composeAndClaimEmailsStepId = "touchpoints-core-compose-and-claim-emails"

/**
 * Renders the messages and claims them under their idempotency keys in one transaction (suppression, consent and
 * the frequency cap checked there); each claim is also its first attempt. No compensation, on purpose: a claim
 * is the write-ahead record of a send that may already be on its way; the retry job finishes what it started.
 */
export const composeAndClaimEmailsStep = createStep(
  composeAndClaimEmailsStepId,
  async (input: { messages: SendEmailInput[] }, { container }) => {
    const emails = container.resolve<EmailModuleService>(EMAIL_MODULE)
    const claims: ClaimInput[] = input.messages.map((message) => {
      const composed = emails.composer.compose({
        template: message.template,
        templateRoot: message.template_root,
        locale: message.locale,
        data: message.data,
        unsubscribe: message.marketing ? { address: message.to, flow: message.flow } : undefined,
      })
      return {
        flow: message.flow,
        subjectId: message.subject_id,
        step: message.step,
        recipient: message.to,
        marketing: message.marketing,
        requiresConsent: message.requires_consent,
        template: message.template,
        locale: composed.locale,
        message: composed,
      }
    })
    return new StepResponse<ClaimOutcome[]>(await emails.claimSends(claims, { attemptNow: true }))
  }
)
