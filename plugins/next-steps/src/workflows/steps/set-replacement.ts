import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEXT_STEPS_MODULE } from "../../modules/next-steps"
import { rememberedProduct } from "../../modules/next-steps/lib/memory-facets"
import { productFacets } from "../../modules/next-steps/lib/product-facets"
import type NextStepsModuleService from "../../modules/next-steps/service"

export const setReplacementStepId = "touchpoints-next-steps-set-replacement-step"

type Input = { product_id: string; replacement_product_id: string | null }

/**
 * Names the product a gone product's page sends shoppers to (or clears it). The product must be known (in
 * the catalog, or remembered after deletion); the replacement must be another product in the catalog.
 * Compensation restores the previous replacement.
 */
export const setReplacementStep = createStep(
  setReplacementStepId,
  async (input: Input, { container }) => {
    const memory = container.resolve<NextStepsModuleService>(NEXT_STEPS_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    if (input.replacement_product_id === input.product_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A product cannot replace itself")
    }
    const live = await productFacets(query, { id: input.product_id })
    if (live) await memory.remember([rememberedProduct(live)])
    else if (!(await memory.memoryOf([input.product_id])).length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${input.product_id} was not found`)
    }
    if (input.replacement_product_id && !(await productFacets(query, { id: input.replacement_product_id }))) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${input.replacement_product_id} was not found`)
    }
    const previous = await memory.setReplacement({
      productId: input.product_id,
      replacementId: input.replacement_product_id,
    })
    return new StepResponse(input.replacement_product_id, { productId: input.product_id, previous })
  },
  async (undo: { productId: string; previous: string | null } | undefined, { container }) => {
    if (!undo) return
    await container
      .resolve<NextStepsModuleService>(NEXT_STEPS_MODULE)
      .setReplacement({ productId: undo.productId, replacementId: undo.previous })
  }
)
