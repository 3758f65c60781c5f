import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { SurveyRow } from "../modules/feedback/lib/types"
import { recordAutomaticScoreStep } from "./steps/record-automatic-score"

export const recordAutomaticFeedbackScoreWorkflowId = "touchpoints-feedback-record-automatic-score"

/**
 * Records the score a score page posted by itself into the survey's burst of automatic answers (see
 * lib/automatic-answers). Answers the survey as it is now, or null when it had closed (nothing written).
 */
export const recordAutomaticFeedbackScoreWorkflow = createWorkflow(
  recordAutomaticFeedbackScoreWorkflowId,
  (input: { before: SurveyRow; score: number }) => new WorkflowResponse(recordAutomaticScoreStep(input))
)
