import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../modules/feedback"
import type FeedbackModuleService from "../../modules/feedback/service"

/** Makes a survey skipped for email answerable inline (the customer is on the order's page). */
export const openInlineStep = createStep(
  "touchpoints-feedback-open-inline-step",
  async (input: { survey_id: string }, { container }) => {
    await container.resolve<FeedbackModuleService>(FEEDBACK_MODULE).openInline(input.survey_id)
    return new StepResponse(input.survey_id)
  }
)
