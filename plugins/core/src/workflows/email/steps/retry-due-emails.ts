import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EMAIL_MODULE } from "../../../modules/email"
import type EmailModuleService from "../../../modules/email/service"
import { deliverSend } from "../lib/deliver-send"

export const retryDueEmailsStepId = "touchpoints-core-retry-due-emails-step"

const BATCH = 25

export type RetryDueEmailsResult = { attempted: number; sent: number; failed: number; dead: number }

/**
 * Attempts failed sends whose back-off is over and claims whose worker died, batch by batch (rows are taken
 * with SKIP LOCKED, so two workers never attempt the same send), up to `limit` sends per run.
 */
export const retryDueEmailsStep = createStep(retryDueEmailsStepId, async (input: { limit: number }, { container }) => {
  const emails = container.resolve<EmailModuleService>(EMAIL_MODULE)
  const result: RetryDueEmailsResult = { attempted: 0, sent: 0, failed: 0, dead: 0 }
  while (result.attempted < input.limit) {
    const due = await emails.takeDueRetries(Math.min(BATCH, input.limit - result.attempted))
    if (!due.length) break
    for (const send of due) {
      result[await deliverSend(container, send)] += 1
      result.attempted += 1
    }
  }
  return new StepResponse(result)
})
