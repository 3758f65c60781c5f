import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { settleAutomaticAnswersStep } from "./steps/settle-automatic-answers"
import { syncAlertsStep } from "./steps/sync-alerts"

export const settleAutomaticFeedbackAnswersWorkflowId = "touchpoints-feedback-settle-automatic-answers"

/**
 * Turns automatic answers whose burst has been quiet for `scannerBurstSeconds` into answers (or drops discarded
 * bursts) and keeps their detractor alerts in line. Answers the surveys whose answer changed.
 */
export const settleAutomaticFeedbackAnswersWorkflow = createWorkflow(
  settleAutomaticFeedbackAnswersWorkflowId,
  (input: { survey_id?: string; limit: number }) => {
    const answered = settleAutomaticAnswersStep(input)
    syncAlertsStep(answered)
    return new WorkflowResponse(answered)
  }
)
