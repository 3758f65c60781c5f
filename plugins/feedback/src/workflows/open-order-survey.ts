import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { claimSurveysStep } from "./steps/claim-surveys"
import { loadOrderSurveyStep } from "./steps/load-order-survey"
import { openInlineStep } from "./steps/open-inline"

export const openOrderSurveyWorkflowId = "touchpoints-feedback-open-order-survey"

/**
 * Opens the survey of a logged-in customer's own order on its page (404 for another customer's or a canceled
 * order): an order without a survey gets an inline one; a survey skipped for email (or whose email failed)
 * becomes answerable here; an open one stays as it is.
 */
export const openOrderSurveyWorkflow = createWorkflow(
  openOrderSurveyWorkflowId,
  (input: { order_id: string; customer_id: string }) => {
    const loaded = loadOrderSurveyStep(input)
    when({ loaded }, ({ loaded }) => loaded.inline !== null).then(() => {
      claimSurveysStep(transform({ loaded }, ({ loaded }) => loaded.inline as NonNullable<typeof loaded.inline>))
    })
    when({ loaded }, ({ loaded }) => loaded.survey?.state === "skipped" || loaded.survey?.state === "failed").then(
      () => {
        openInlineStep(transform({ loaded }, ({ loaded }) => ({ survey_id: loaded.survey?.id as string })))
      }
    )
    return new WorkflowResponse(transform({ input }, ({ input }) => input.order_id))
  }
)
