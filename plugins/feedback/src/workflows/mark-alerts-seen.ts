import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markAlertsSeenStep } from "./steps/mark-alerts-seen"

export const markFeedbackAlertsSeenWorkflowId = "touchpoints-feedback-mark-alerts-seen"

export const markFeedbackAlertsSeenWorkflow = createWorkflow(
  markFeedbackAlertsSeenWorkflowId,
  (input: { ids: string[] }) => new WorkflowResponse(markAlertsSeenStep(input))
)
