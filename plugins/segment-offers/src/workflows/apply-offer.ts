import { PromotionActions } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { claimOfferCartStep } from "./steps/claim-offer-cart"
import { ensureCodeAppliedStep } from "./steps/ensure-code-applied"
import { recordOfferEventsStep } from "./steps/record-offer-events"

export type ApplyOfferInput = {
  cart_id: string
  code: string
  offer_id: string
  segment_id: string
  profile_id: string
}

/**
 * Applies an offer the shopper has earned: the cart is claimed for their profile (so checkout checks the
 * same shopper), the code goes on through Medusa's promotion workflow (which runs the cart checks too) and
 * the apply is counted once per cart. A refused code undoes the claim.
 */
export const applyOfferToCartWorkflow = createWorkflow("tp-apply-offer-to-cart", (input: ApplyOfferInput) => {
  claimOfferCartStep(
    transform({ input }, ({ input }) => ({
      cart_id: input.cart_id,
      profile_id: input.profile_id,
      offer_id: input.offer_id,
      segment_id: input.segment_id,
    }))
  )
  updateCartPromotionsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      cart_id: input.cart_id,
      promo_codes: [input.code],
      action: PromotionActions.ADD,
    })),
  })
  ensureCodeAppliedStep(transform({ input }, ({ input }) => ({ cart_id: input.cart_id, code: input.code })))
  const recorded = recordOfferEventsStep(
    transform({ input }, ({ input }) => [
      {
        offer_id: input.offer_id,
        segment_id: input.segment_id,
        kind: "applied" as const,
        dedupe_key: input.cart_id,
        cart_id: input.cart_id,
      },
    ])
  )
  return new WorkflowResponse(recorded)
})
