import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../modules/feedback"
import type { SurveyRow } from "../../modules/feedback/lib/types"
import type FeedbackModuleService from "../../modules/feedback/service"

export const recordAutomaticScoreStepId = "touchpoints-feedback-record-automatic-score-step"

/**
 * Records an automatic answer in the survey's burst (not its answer); null when the survey has closed.
 * Compensation puts the burst back as it was.
 */
export const recordAutomaticScoreStep = createStep(
  recordAutomaticScoreStepId,
  async (input: { before: SurveyRow; score: number }, { container }) => {
    const survey = await container.resolve<FeedbackModuleService>(FEEDBACK_MODULE).recordAutomaticScore({
      surveyId: input.before.id,
      score: input.score,
    })
    return new StepResponse(survey, survey ? input.before : null)
  },
  async (before, { container }) => {
    if (before) await container.resolve<FeedbackModuleService>(FEEDBACK_MODULE).restoreAnswers(before)
  }
)
