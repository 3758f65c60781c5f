import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VISITOR_MODULE } from "../../../modules/visitor"
import type VisitorModuleService from "../../../modules/visitor/service"

export const forgetCustomerOrderStepId = "touchpoints-core-forget-customer-order-step"

/** Takes a canceled order out of the statistics; compensation counts it in again. */
export const forgetCustomerOrderStep = createStep(
  forgetCustomerOrderStepId,
  async (input: { order_id: string }, { container }) => {
    const forgotten = await container.resolve<VisitorModuleService>(VISITOR_MODULE).forgetOrder(input.order_id)
    return new StepResponse({ forgotten })
  }
)
