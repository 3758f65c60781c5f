import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type SettleFollowUpsInput, settleFollowUpsStep } from "./steps/settle-follow-ups"

export const settleFeedbackFollowUpsWorkflowId = "touchpoints-feedback-settle-follow-ups"

export const settleFeedbackFollowUpsWorkflow = createWorkflow(
  settleFeedbackFollowUpsWorkflowId,
  (input: SettleFollowUpsInput) => new WorkflowResponse(settleFollowUpsStep(input))
)
