import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ClaimOutcome, EmailSendRow } from "../../../modules/email/lib/types"
import { deliverSends } from "../lib/deliver-send"
import type { SendEmailResult } from "../types"

export const deliverClaimedEmailsStepId = "touchpoints-core-deliver-claimed-emails"

/**
 * Sends the fresh claims through Medusa's Notification module in one call and records each outcome; a failure
 * stays recorded for the retry job. Should this step itself break off (the database gone), the claims stay
 * "sending" and the retry job takes them over when their lease ends.
 */
export const deliverClaimedEmailsStep = createStep(
  deliverClaimedEmailsStepId,
  async (claims: ClaimOutcome[], { container }): Promise<StepResponse<SendEmailResult[]>> => {
    const fresh = claims.flatMap((claim) => (claim.outcome === "claimed" ? [claim.send] : []))
    const delivered = new Map<string, string>()
    if (fresh.length) {
      const statuses = await deliverSends(container, fresh)
      fresh.forEach((send: EmailSendRow, index) => {
        delivered.set(send.id, statuses[index])
      })
    }
    return new StepResponse(
      claims.map((claim): SendEmailResult => {
        if (claim.outcome === "blocked") return { status: "blocked", reason: claim.reason, send_id: null }
        if (claim.outcome === "duplicate") return { status: "duplicate", reason: null, send_id: claim.send.id }
        const status = delivered.get(claim.send.id) as "sent" | "failed" | "dead"
        return { status, reason: null, send_id: claim.send.id }
      })
    )
  }
)
