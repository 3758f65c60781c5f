import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEXT_STEPS_MODULE } from "../../modules/next-steps"
import { rememberedProduct } from "../../modules/next-steps/lib/memory-facets"
import { productsFacets } from "../../modules/next-steps/lib/product-facets"
import type NextStepsModuleService from "../../modules/next-steps/service"
import type { MemoryRow } from "../../modules/next-steps/service"

export const rememberProductsStepId = "touchpoints-next-steps-remember-products-step"

/**
 * Remembers products as they are in the catalog now (ids not found are left alone). Compensation puts the
 * previous memory back.
 */
export const rememberProductsStep = createStep(
  rememberProductsStepId,
  async (input: { product_ids: string[] }, { container }) => {
    const memory = container.resolve<NextStepsModuleService>(NEXT_STEPS_MODULE)
    const facets = await productsFacets(container.resolve(ContainerRegistrationKeys.QUERY), { id: input.product_ids })
    const previous = await memory.memoryOf(facets.map((product) => product.id))
    await memory.remember(facets.map(rememberedProduct))
    return new StepResponse({ remembered: facets.length }, previous)
  },
  async (previous: MemoryRow[] | undefined, { container }) => {
    if (!previous?.length) return
    const memory = container.resolve<NextStepsModuleService>(NEXT_STEPS_MODULE)
    await memory.remember(previous)
    await memory.rememberDeleted(previous.filter((row) => row.deleted_from_catalog_at).map((row) => row.product_id))
  }
)
