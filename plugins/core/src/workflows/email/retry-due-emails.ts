import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { retryDueEmailsStep } from "./steps/retry-due-emails"

export const retryDueEmailsWorkflowId = "touchpoints-core-retry-due-emails"

/** Retries what failed and takes over what a dead worker claimed (the `retry-email-sends` job runs it). */
export const retryDueEmailsWorkflow = createWorkflow(retryDueEmailsWorkflowId, (input: { limit: number }) => {
  return new WorkflowResponse(retryDueEmailsStep(input))
})
