import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../modules/feedback"
import type FeedbackModuleService from "../../modules/feedback/service"

/** Marks alerts seen (seeing is not undone). */
export const markAlertsSeenStep = createStep(
  "touchpoints-feedback-mark-alerts-seen-step",
  async (input: { ids: string[] }, { container }) =>
    new StepResponse(await container.resolve<FeedbackModuleService>(FEEDBACK_MODULE).markAlertsSeen(input.ids))
)
