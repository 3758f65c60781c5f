import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { openInlineStep } from "./steps/open-inline"

export const openInlineFeedbackSurveyWorkflowId = "touchpoints-feedback-open-inline-survey"

export const openInlineFeedbackSurveyWorkflow = createWorkflow(
  openInlineFeedbackSurveyWorkflowId,
  (input: { survey_id: string }) => new WorkflowResponse(openInlineStep(input))
)
