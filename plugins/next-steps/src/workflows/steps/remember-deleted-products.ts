import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEXT_STEPS_MODULE } from "../../modules/next-steps"
import type NextStepsModuleService from "../../modules/next-steps/service"

export const rememberDeletedProductsStepId = "touchpoints-next-steps-remember-deleted-products-step"

/** Marks products as deleted from the catalog; compensation takes the marks off again. */
export const rememberDeletedProductsStep = createStep(
  rememberDeletedProductsStepId,
  async (input: { product_ids: string[] }, { container }) => {
    const marked = await container.resolve<NextStepsModuleService>(NEXT_STEPS_MODULE).rememberDeleted(input.product_ids)
    return new StepResponse({ marked: marked.length }, marked)
  },
  async (marked: string[] | undefined, { container }) => {
    if (marked?.length) await container.resolve<NextStepsModuleService>(NEXT_STEPS_MODULE).forgetDeletion(marked)
  }
)
