import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../modules/feedback"
import type { SurveySettlement } from "../../modules/feedback/lib/types"
import type FeedbackModuleService from "../../modules/feedback/service"

/**
 * Records how surveys' sends ended and releases the ones deferred (the frequency cap: the next scan tries them
 * again). The emails are out: there is nothing to undo.
 */
export const settleSurveysStep = createStep(
  "touchpoints-feedback-settle-surveys-step",
  async (input: { settlements: SurveySettlement[]; deferred: string[] }, { container }) => {
    const feedback = container.resolve<FeedbackModuleService>(FEEDBACK_MODULE)
    await feedback.settleSurveys(input.settlements)
    await feedback.releaseSurveys(input.deferred)
    return new StepResponse(input.settlements.length)
  }
)
