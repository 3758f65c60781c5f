import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { lockCartStep } from "@touchpoints/core/workflows"
import { ensureBundlePromotionStep } from "./steps/ensure-bundle-promotion"
import { type ResolveCartBundleInput, resolveCartBundleStep } from "./steps/resolve-cart-bundle"

export const addBundleToCartWorkflowId = "touchpoints-also-bought-add-bundle-to-cart"

/**
 * Adds a whole bundle to a cart in one step, the cart locked throughout: the bundle's promotion is made sure
 * of first, then every item goes in through Medusa's add-to-cart (which applies automatic promotions, so the
 * discount shows at once and goes again when an item leaves). A failure takes back the items and a
 * promotion made here.
 */
export const addBundleToCartWorkflow = createWorkflow(addBundleToCartWorkflowId, (input: ResolveCartBundleInput) => {
  lockCartStep({ cart_id: input.cart_id })
  const bundle = resolveCartBundleStep(input)
  const promotion = ensureBundlePromotionStep(
    transform({ bundle }, ({ bundle }) => ({
      product_ids: bundle.offer.product_ids,
      discount_percent: bundle.offer.discount_percent,
    }))
  )
  addToCartWorkflow.runAsStep({
    input: transform({ input, bundle }, ({ input, bundle }) => ({ cart_id: input.cart_id, items: bundle.items })),
  })
  releaseLockStep({ key: input.cart_id })
  return new WorkflowResponse(
    transform({ bundle, promotion }, ({ bundle, promotion }) => ({
      offer: bundle.offer,
      promotion_id: promotion.promotion_id,
    }))
  )
})
