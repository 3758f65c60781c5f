import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { countedProducts, ORDER_FIELDS_FOR_COUNTING, type OrderForCounting } from "../../lib/order-products"
import { ALSO_BOUGHT_MODULE } from "../../modules/also-bought"
import type AlsoBoughtModuleService from "../../modules/also-bought/service"

export const countOrderStepId = "touchpoints-also-bought-count-order-step"

/**
 * Counts an order's products into the co-purchase statistics (not canceled orders, not fully returned lines);
 * compensation takes it off again.
 */
export const countOrderStep = createStep(
  countOrderStepId,
  async (
    input: { order_id: string },
    { container }
  ): Promise<StepResponse<{ counted: boolean }, { orderId: string | null }>> => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ORDER_FIELDS_FOR_COUNTING,
      filters: { id: input.order_id },
    })
    const order = data[0] as unknown as OrderForCounting | undefined
    const productIds = order ? countedProducts(order) : []
    const counted =
      !!order &&
      (await container
        .resolve<AlsoBoughtModuleService>(ALSO_BOUGHT_MODULE)
        .countOrder({ orderId: order.id, productIds }))
    return new StepResponse({ counted }, { orderId: counted && order ? order.id : null })
  },
  async (undo: { orderId: string | null } | undefined, { container }) => {
    if (undo?.orderId) await container.resolve<AlsoBoughtModuleService>(ALSO_BOUGHT_MODULE).uncountOrder(undo.orderId)
  }
)
