import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refreshBuyable } from "../../../lib/buyable-now"

export const refreshBuyableProductsStepId = "touchpoints-core-refresh-buyable-products-step"

/**
 * Checks the products again in every context of the snapshot. No compensation: the snapshot is a cache of
 * Medusa's own answer, and a newer check is always at least as right as the entry it replaces.
 */
export const refreshBuyableProductsStep = createStep(
  refreshBuyableProductsStepId,
  async (productIds: string[], { container }) => {
    await refreshBuyable(container, productIds)
    return new StepResponse({ refreshed: productIds.length })
  }
)
