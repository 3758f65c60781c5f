import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VISITOR_MODULE } from "../../../modules/visitor"
import type VisitorModuleService from "../../../modules/visitor/service"

export const recordCustomerOrderStepId = "record-customer-order"

/** Reads the order and counts it into its customer's profile (no-op for guest orders and repeats). */
export const recordCustomerOrderStep = createStep(
  recordCustomerOrderStepId,
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id", "currency_code", "total", "created_at", "status"],
      filters: { id: input.order_id },
    })
    const order = data[0]
    if (!order?.customer_id || order.status === "canceled") {
      return new StepResponse({ counted: false })
    }
    const counted = await container.resolve<VisitorModuleService>(VISITOR_MODULE).recordOrder({
      orderId: order.id,
      customerId: order.customer_id,
      currencyCode: order.currency_code,
      total: Number(order.total),
      placedAt: new Date(order.created_at as string | Date),
    })
    return new StepResponse({ counted }, counted ? order.id : undefined)
  },
  async (orderId: string | undefined, { container }) => {
    if (orderId) {
      await container.resolve<VisitorModuleService>(VISITOR_MODULE).forgetOrder(orderId)
    }
  }
)
