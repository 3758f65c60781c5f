import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ALSO_BOUGHT_MODULE } from "../../modules/also-bought"
import type AlsoBoughtModuleService from "../../modules/also-bought/service"

export const countOrderStepId = "also-bought-count-order"

type OrderRecord = {
  id: string
  status: string
  items:
    | {
        product_id: string | null
        quantity?: number | null
        detail?: { quantity?: number | null; return_received_quantity?: number | null } | null
      }[]
    | null
}

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
      fields: [
        "id",
        "status",
        "items.product_id",
        "items.quantity",
        "items.detail.quantity",
        "items.detail.return_received_quantity",
      ],
      filters: { id: input.order_id },
    })
    const order = data[0] as unknown as OrderRecord | undefined
    if (!order || order.status === "canceled") return new StepResponse({ counted: false }, { orderId: null })
    // a line counts unless all of it came back
    const productIds = (order.items ?? [])
      .filter((item) => {
        const quantity = Number(item?.detail?.quantity ?? item?.quantity ?? 1)
        return item?.product_id && Number(item.detail?.return_received_quantity ?? 0) < quantity
      })
      .map((item) => item.product_id as string)
    const counted = await container
      .resolve<AlsoBoughtModuleService>(ALSO_BOUGHT_MODULE)
      .countOrder({ orderId: order.id, productIds })
    return new StepResponse({ counted }, { orderId: counted ? order.id : null })
  },
  async (undo: { orderId: string | null } | undefined, { container }) => {
    if (undo?.orderId) await container.resolve<AlsoBoughtModuleService>(ALSO_BOUGHT_MODULE).uncountOrder(undo.orderId)
  }
)
