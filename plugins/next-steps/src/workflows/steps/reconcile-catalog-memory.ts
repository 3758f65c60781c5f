import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEXT_STEPS_MODULE } from "../../modules/next-steps"
import { rememberedProduct } from "../../modules/next-steps/lib/memory-facets"
import { productsFacets } from "../../modules/next-steps/lib/product-facets"
import type NextStepsModuleService from "../../modules/next-steps/service"

export const reconcileCatalogMemoryStepId = "touchpoints-next-steps-reconcile-catalog-memory-step"

const PAGE = 200

/**
 * Remembers every product in the catalog and marks remembered products that are no longer there as deleted
 * (a store that had products before the plugin, or missed events). Idempotent: a repeat converges, so there
 * is nothing to compensate.
 */
export const reconcileCatalogMemoryStep = createStep(
  reconcileCatalogMemoryStepId,
  async (_input: object, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const memory = container.resolve<NextStepsModuleService>(NEXT_STEPS_MODULE)
    const remembered = new Set(await memory.rememberedInCatalog())
    let products = 0
    for (let skip = 0; ; skip += PAGE) {
      const page = await productsFacets(query, {}, { skip, take: PAGE })
      await memory.remember(page.map(rememberedProduct))
      for (const product of page) remembered.delete(product.id)
      products += page.length
      if (page.length < PAGE) break
    }
    const deleted = await memory.rememberDeleted([...remembered])
    return new StepResponse({ products, deleted: deleted.length })
  }
)
