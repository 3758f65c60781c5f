import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VISITOR_MODULE } from "../../../modules/visitor"
import type VisitorModuleService from "../../../modules/visitor/service"
import { ORDER_TO_COUNT_FIELDS, type OrderRecord, orderToCount } from "../lib/order-to-count"

export const recordCustomerOrderStepId = "touchpoints-core-record-customer-order-step"

/**
 * Reads the order and counts it into its profile: a registered customer's, or for a guest the profile of the
 * visitor who used the order's cart (no-op for canceled orders, orders nobody can be found for, and repeats).
 */
export const recordCustomerOrderStep = createStep(
  recordCustomerOrderStepId,
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ORDER_TO_COUNT_FIELDS,
      filters: { id: input.order_id },
    })
    const order = data[0] ? orderToCount(data[0] as OrderRecord) : null
    const counted = order ? await container.resolve<VisitorModuleService>(VISITOR_MODULE).recordOrder(order) : false
    return new StepResponse({ counted }, counted ? order?.orderId : undefined)
  },
  async (orderId: string | undefined, { container }) => {
    if (orderId) {
      await container.resolve<VisitorModuleService>(VISITOR_MODULE).forgetOrder(orderId)
    }
  }
)
