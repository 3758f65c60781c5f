import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../modules/feedback"
import type { Answers, SurveyRow } from "../../modules/feedback/lib/types"
import type FeedbackModuleService from "../../modules/feedback/service"

/**
 * Writes a survey's answers while it is open; null when it has closed. Compensation puts the previous answers
 * back.
 */
export const recordAnswersStep = createStep(
  "touchpoints-feedback-record-answers-step",
  async (input: { before: SurveyRow; answers: Answers }, { container }) => {
    const survey = await container.resolve<FeedbackModuleService>(FEEDBACK_MODULE).recordAnswers({
      surveyId: input.before.id,
      answers: input.answers,
    })
    return new StepResponse(survey, survey ? input.before : null)
  },
  async (before, { container }) => {
    if (before) await container.resolve<FeedbackModuleService>(FEEDBACK_MODULE).restoreAnswers(before)
  }
)
