import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EMAIL_MODULE } from "../../../modules/email"
import { type ClaimOutcome, idempotencyKeyOf } from "../../../modules/email/lib/types"
import type EmailModuleService from "../../../modules/email/service"
import type { SendEmailInput } from "../types"

export const composeAndClaimEmailStepId = "touchpoints-compose-and-claim-email"

/**
 * Renders the message and claims it under its idempotency key (suppression, consent and the frequency cap are
 * checked in the same transaction). Compensation releases a claim that was never attempted.
 */
export const composeAndClaimEmailStep = createStep(
  composeAndClaimEmailStepId,
  async (input: SendEmailInput, { container }) => {
    const emails = container.resolve<EmailModuleService>(EMAIL_MODULE)
    // claimed before (a retry, another worker): nothing to render or check, it is not ours to send
    const existing = await emails.sendByKey(idempotencyKeyOf(input.flow, input.subject_id, input.step))
    if (existing) {
      return new StepResponse<ClaimOutcome, string | null>({ outcome: "duplicate", send: existing }, null)
    }
    const gate = {
      recipient: input.to,
      flow: input.flow,
      marketing: input.marketing,
      requiresConsent: input.requires_consent,
    }
    const blocked = await emails.blockReason(gate)
    if (blocked) {
      return new StepResponse<ClaimOutcome, string | null>({ outcome: "blocked", reason: blocked }, null)
    }
    const message = emails.composer.compose({
      template: input.template,
      templateRoot: input.template_root,
      locale: input.locale,
      data: input.data,
      unsubscribe: input.marketing ? { address: input.to, flow: input.flow } : undefined,
    })
    const outcome = await emails.claimSend({
      flow: input.flow,
      subjectId: input.subject_id,
      step: input.step,
      recipient: input.to,
      marketing: input.marketing,
      requiresConsent: input.requires_consent,
      template: input.template,
      locale: message.locale,
      message,
    })
    return new StepResponse(outcome, outcome.outcome === "claimed" ? outcome.send.id : null)
  },
  async (claimedId, { container }) => {
    if (claimedId) {
      await container.resolve<EmailModuleService>(EMAIL_MODULE).releaseClaim(claimedId)
    }
  }
)
