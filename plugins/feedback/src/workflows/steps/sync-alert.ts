import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../modules/feedback"
import type { SurveyRow } from "../../modules/feedback/lib/types"
import type FeedbackModuleService from "../../modules/feedback/service"

/** Opens, updates or withdraws the survey's detractor alert. Compensation puts the alert back as it was. */
export const syncAlertStep = createStep(
  "touchpoints-feedback-sync-alert-step",
  async (survey: SurveyRow | null, { container }) => {
    if (!survey) return new StepResponse(null, null)
    const before = await container.resolve<FeedbackModuleService>(FEEDBACK_MODULE).syncAlert(survey)
    return new StepResponse(null, { surveyId: survey.id, before })
  },
  async (undo, { container }) => {
    if (undo) await container.resolve<FeedbackModuleService>(FEEDBACK_MODULE).restoreAlert(undo)
  }
)
