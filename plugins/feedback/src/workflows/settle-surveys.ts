import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { SurveySettlement } from "../modules/feedback/lib/types"
import { settleSurveysStep } from "./steps/settle-surveys"

export const settleFeedbackSurveysWorkflowId = "touchpoints-feedback-settle-surveys"

export const settleFeedbackSurveysWorkflow = createWorkflow(
  settleFeedbackSurveysWorkflowId,
  (input: { settlements: SurveySettlement[]; deferred: string[] }) => new WorkflowResponse(settleSurveysStep(input))
)
