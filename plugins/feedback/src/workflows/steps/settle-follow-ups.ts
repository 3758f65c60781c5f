import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../modules/feedback"
import type FeedbackModuleService from "../../modules/feedback/service"

export type SettleFollowUpsInput = {
  survey_ids: string[]
  alert_emails: { alertId: string; state: "sent" | "failed"; sendId: string | null }[]
}

/** Marks follow-ups handled (their emails are claimed and out: nothing to undo). */
export const settleFollowUpsStep = createStep(
  "touchpoints-feedback-settle-follow-ups-step",
  async (input: SettleFollowUpsInput, { container }) => {
    await container.resolve<FeedbackModuleService>(FEEDBACK_MODULE).settleFollowUps({
      surveyIds: input.survey_ids,
      alertEmails: input.alert_emails,
    })
    return new StepResponse(input.survey_ids.length)
  }
)
