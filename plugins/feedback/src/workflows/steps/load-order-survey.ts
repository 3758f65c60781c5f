import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { orderProducts } from "../../lib/order-products"
import { FEEDBACK_MODULE } from "../../modules/feedback"
import type { NewSurvey, SurveyProductRow, SurveyState } from "../../modules/feedback/lib/types"
import type FeedbackModuleService from "../../modules/feedback/service"

type OrderRecord = {
  id: string
  display_id: number | null
  email: string | null
  customer_id: string | null
  status: string
  canceled_at: string | null
  locale?: string | null
}

export type OrderSurveyState = {
  /** The order's survey, or null when it has none yet. */
  survey: { id: string; state: SurveyState } | null
  /** The inline survey to open when it has none (with its products). */
  inline: { surveys: NewSurvey[]; products: Record<string, Omit<SurveyProductRow, "survey_id">[]> } | null
}

/**
 * A logged-in customer's own order and its survey (if any). Another customer's order, a canceled one or one
 * without an email is a 404. Reads only: nothing to compensate.
 */
export const loadOrderSurveyStep = createStep(
  "touchpoints-feedback-load-order-survey-step",
  async (input: { order_id: string; customer_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "display_id", "email", "customer_id", "status", "canceled_at", "locale"],
      filters: { id: input.order_id },
    })
    const order = data[0] as OrderRecord | undefined
    if (
      !order ||
      order.customer_id !== input.customer_id ||
      order.status === "canceled" ||
      order.canceled_at ||
      !order.email
    ) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found`)
    }
    const found = await container
      .resolve<FeedbackModuleService>(FEEDBACK_MODULE)
      .surveyWithProducts({ orderId: order.id })
    if (found) {
      return new StepResponse<OrderSurveyState>({
        survey: { id: found.survey.id, state: found.survey.state },
        inline: null,
      })
    }
    const products = await orderProducts(query, [order.id])
    return new StepResponse<OrderSurveyState>({
      survey: null,
      inline: {
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
  }
)
