import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { composeAndClaimEmailStep } from "./steps/compose-and-claim-email"
import { deliverClaimedEmailStep } from "./steps/deliver-claimed-email"
import type { SendEmailInput } from "./types"

export const sendEmailWorkflowId = "touchpoints-send-email"

/**
 * The one way a touchpoint sends email: render, claim under `<flow>:<subject>:<step>` (checking suppression,
 * consent and the frequency cap), then deliver through Medusa's Notification module. A crash, a retry or a
 * second worker never sends one key twice; a failed attempt is retried by the `retry-email-sends` job.
 */
export const sendEmailWorkflow = createWorkflow(sendEmailWorkflowId, (input: SendEmailInput) => {
  const claim = composeAndClaimEmailStep(input)
  return new WorkflowResponse(deliverClaimedEmailStep(claim))
})
