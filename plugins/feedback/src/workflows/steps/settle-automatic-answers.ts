import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../modules/feedback"
import type FeedbackModuleService from "../../modules/feedback/service"

export const settleAutomaticAnswersStepId = "touchpoints-feedback-settle-automatic-answers-step"

/**
 * Ends quiet automatic-answer bursts (one survey's, or up to `limit`): kept scores become answers, discarded
 * ones are dropped. Answers the surveys whose answer changed. Compensation puts every settled survey back.
 */
export const settleAutomaticAnswersStep = createStep(
  settleAutomaticAnswersStepId,
  async (input: { survey_id?: string; limit: number }, { container }) => {
    const { answered, before } = await container
      .resolve<FeedbackModuleService>(FEEDBACK_MODULE)
      .settleAutomaticAnswers({ surveyId: input.survey_id, limit: input.limit })
    return new StepResponse(answered, before)
  },
  async (before, { container }) => {
    const feedback = container.resolve<FeedbackModuleService>(FEEDBACK_MODULE)
    for (const survey of before ?? []) await feedback.restoreAnswers(survey)
  }
)
