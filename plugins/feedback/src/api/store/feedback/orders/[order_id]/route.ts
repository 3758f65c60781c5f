import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { signFeedbackToken } from "../../../../../lib/feedback-token"
import { orderProducts } from "../../../../../lib/order-products"
import { isOpen, surveyView } from "../../../../../lib/survey-view"
import { claimFeedbackSurveysWorkflow } from "../../../../../workflows/claim-feedback-surveys"
import { openInlineFeedbackSurveyWorkflow } from "../../../../../workflows/open-inline-feedback-survey"
import { feedbackService, respondClosed } from "../../../../utils/survey-by-token"

type OrderRecord = {
  id: string
  display_id: number | null
  email: string | null
  customer_id: string | null
  status: string
  canceled_at: string | null
  locale?: string | null
}

/**
 * The survey of a logged-in customer's own order, for the order confirmation or order page: the same survey
 * the email would bring (opened now when there is none), with a token the widget posts answers with. Another
 * customer's order, or a canceled one, is a 404.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const feedback = feedbackService(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "email", "customer_id", "status", "canceled_at", "locale"],
    filters: { id: req.params.order_id },
  })
  const order = data[0] as OrderRecord | undefined
  const customerId = req.auth_context.actor_id
  if (!order || order.customer_id !== customerId || order.status === "canceled" || order.canceled_at || !order.email) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.order_id} was not found`)
  }
  let found = await feedback.surveyWithProducts({ orderId: order.id })
  if (!found) {
    const products = await orderProducts(query, [order.id])
    await claimFeedbackSurveysWorkflow(req.scope).run({
      input: {
        surveys: [
          {
            orderId: order.id,
            orderDisplayId: order.display_id === null ? null : Number(order.display_id),
            customerId: order.customer_id,
            email: order.email,
            locale: order.locale ?? null,
            channel: "inline",
            state: "inline",
          },
        ],
        products: Object.fromEntries(products),
      },
    })
  } else if (found.survey.state === "skipped" || found.survey.state === "failed") {
    await openInlineFeedbackSurveyWorkflow(req.scope).run({ input: { survey_id: found.survey.id } })
  }
  found = await feedback.surveyWithProducts({ orderId: order.id })
  if (!found?.survey.closes_at) {
    // its email is on its way: the link in it (or this page, once sent) takes the answers
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `The survey of order ${order.id} is not open yet`)
  }
  if (!isOpen(feedback, found.survey)) return respondClosed(res, found.survey)
  res.set("Cache-Control", "no-store").json({
    token: signFeedbackToken(feedback.settings.keys, found.survey.id, feedback.settings.surveyLinkDays),
    survey: surveyView(feedback, found.survey, found.products),
  })
}
