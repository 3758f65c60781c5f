import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { composeAndClaimEmailsStep } from "./steps/compose-and-claim-emails"
import { deliverClaimedEmailsStep } from "./steps/deliver-claimed-emails"
import type { SendEmailInput } from "./types"

export const sendEmailWorkflowId = "touchpoints-core-send-email"
export const sendEmailsWorkflowId = "touchpoints-core-send-emails"

/**
 * The one way a touchpoint sends email: render, claim under `<flow>:<subject>:<step>` (checking suppression,
 * consent and the frequency cap), then deliver through Medusa's Notification module. A crash, a retry or a
 * second worker never sends one key twice; a failed attempt is retried by the `retry-email-sends` job.
 */
export const sendEmailWorkflow = createWorkflow(sendEmailWorkflowId, (input: SendEmailInput) => {
  const claims = composeAndClaimEmailsStep(transform({ input }, ({ input }) => ({ messages: [input] })))
  const results = deliverClaimedEmailsStep(claims)
  return new WorkflowResponse(transform({ results }, ({ results }) => results[0]))
})

/** `sendEmailWorkflow` for many messages at once (a scan's batch): one claim transaction, one notification call. */
export const sendEmailsWorkflow = createWorkflow(sendEmailsWorkflowId, (input: { messages: SendEmailInput[] }) => {
  const claims = composeAndClaimEmailsStep(input)
  return new WorkflowResponse(deliverClaimedEmailsStep(claims))
})
