import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type ClaimSurveysInput, claimSurveysStep } from "./steps/claim-surveys"

export const claimFeedbackSurveysWorkflowId = "touchpoints-feedback-claim-surveys"

/** Creates orders' surveys (the claim on each order) with their products. */
export const claimFeedbackSurveysWorkflow = createWorkflow(
  claimFeedbackSurveysWorkflowId,
  (input: ClaimSurveysInput) => new WorkflowResponse(claimSurveysStep(input))
)
