import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EMAIL_MODULE } from "../../../modules/email"
import type { ClaimOutcome } from "../../../modules/email/lib/types"
import type EmailModuleService from "../../../modules/email/service"
import { deliverSend } from "../deliver-send"
import type { SendEmailResult } from "../types"

export const deliverClaimedEmailStepId = "touchpoints-deliver-claimed-email"

/** Attempts a fresh claim once; a failure stays recorded for the retry job (the step itself never fails). */
export const deliverClaimedEmailStep = createStep(
  deliverClaimedEmailStepId,
  async (claim: ClaimOutcome, { container }): Promise<StepResponse<SendEmailResult>> => {
    if (claim.outcome === "blocked") {
      return new StepResponse({ status: "blocked", reason: claim.reason, send_id: null })
    }
    if (claim.outcome === "duplicate") {
      return new StepResponse({ status: "duplicate", reason: null, send_id: claim.send.id })
    }
    const attempt = await container.resolve<EmailModuleService>(EMAIL_MODULE).startAttempt(claim.send.id)
    if (!attempt) {
      return new StepResponse({ status: "duplicate", reason: null, send_id: claim.send.id })
    }
    const status = await deliverSend(container, attempt)
    return new StepResponse({ status, reason: null, send_id: claim.send.id })
  }
)
