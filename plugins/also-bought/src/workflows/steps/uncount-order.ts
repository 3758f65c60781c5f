import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ALSO_BOUGHT_MODULE } from "../../modules/also-bought"
import type AlsoBoughtModuleService from "../../modules/also-bought/service"

export const uncountOrderStepId = "touchpoints-also-bought-uncount-order-step"

type Undo = { orderId: string; productIds: string[] | null }

/** Takes a canceled order off the statistics; compensation counts the same products again. */
export const uncountOrderStep = createStep(
  uncountOrderStepId,
  async (input: { order_id: string }, { container }): Promise<StepResponse<{ uncounted: boolean }, Undo>> => {
    const productIds = await container.resolve<AlsoBoughtModuleService>(ALSO_BOUGHT_MODULE).uncountOrder(input.order_id)
    return new StepResponse({ uncounted: productIds !== null }, { orderId: input.order_id, productIds })
  },
  async (undo: Undo | undefined, { container }) => {
    if (undo?.productIds) {
      await container
        .resolve<AlsoBoughtModuleService>(ALSO_BOUGHT_MODULE)
        .countOrder({ orderId: undo.orderId, productIds: undo.productIds })
    }
  }
)
