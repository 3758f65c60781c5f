import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { openInlineStep } from "./steps/open-inline"

export const openInlineFeedbackSurveyWorkflowId = "touchpoints-open-inline-feedback-survey"

export const openInlineFeedbackSurveyWorkflow = createWorkflow(
  openInlineFeedbackSurveyWorkflowId,
  (input: { survey_id: string }) => new WorkflowResponse(openInlineStep(input))
)
