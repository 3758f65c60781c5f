import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../modules/feedback"
import type { NewSurvey, SurveyProductRow } from "../../modules/feedback/lib/types"
import type FeedbackModuleService from "../../modules/feedback/service"

export type ClaimSurveysInput = {
  surveys: NewSurvey[]
  /** Products per order id. */
  products: Record<string, Omit<SurveyProductRow, "survey_id">[]>
}

/** Inserts surveys (one per order; orders that have one are left out). Compensation removes the ones it made. */
export const claimSurveysStep = createStep(
  "touchpoints-feedback-claim-surveys-step",
  async (input: ClaimSurveysInput, { container }) => {
    const claimed = await container.resolve<FeedbackModuleService>(FEEDBACK_MODULE).claimSurveys({
      surveys: input.surveys,
      products: new Map(Object.entries(input.products)),
    })
    return new StepResponse(
      claimed,
      claimed.map((survey) => survey.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<FeedbackModuleService>(FEEDBACK_MODULE).releaseSurveys(ids)
  }
)
