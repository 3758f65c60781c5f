import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../modules/feedback"
import type { AlertRow, SurveyRow } from "../../modules/feedback/lib/types"
import type FeedbackModuleService from "../../modules/feedback/service"

export const syncAlertsStepId = "touchpoints-feedback-sync-alerts-step"

/** syncAlertStep for several surveys (answers that settled together). Compensation puts each alert back. */
export const syncAlertsStep = createStep(
  syncAlertsStepId,
  async (surveys: SurveyRow[], { container }) => {
    const feedback = container.resolve<FeedbackModuleService>(FEEDBACK_MODULE)
    const undo: { surveyId: string; before: AlertRow | null }[] = []
    for (const survey of surveys) undo.push({ surveyId: survey.id, before: await feedback.syncAlert(survey) })
    return new StepResponse(null, undo)
  },
  async (undo, { container }) => {
    const feedback = container.resolve<FeedbackModuleService>(FEEDBACK_MODULE)
    for (const entry of undo ?? []) await feedback.restoreAlert(entry)
  }
)
