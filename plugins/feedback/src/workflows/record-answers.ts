import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { Answers, SurveyRow } from "../modules/feedback/lib/types"
import { recordAnswersStep } from "./steps/record-answers"
import { syncAlertStep } from "./steps/sync-alert"

export const recordFeedbackAnswersWorkflowId = "touchpoints-feedback-record-answers"

/**
 * Records answers to an open survey and keeps its detractor alert in line. Answers the survey as it is now,
 * or null when it had closed (nothing written).
 */
export const recordFeedbackAnswersWorkflow = createWorkflow(
  recordFeedbackAnswersWorkflowId,
  (input: { before: SurveyRow; answers: Answers }) => {
    const survey = recordAnswersStep(input)
    syncAlertStep(survey)
    return new WorkflowResponse(survey)
  }
)
