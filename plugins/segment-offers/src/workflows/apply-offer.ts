import { PromotionActions } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { claimOfferCartStep } from "./steps/claim-offer-cart"
import { earnedOfferStep } from "./steps/earned-offer"
import { ensureCodeAppliedStep } from "./steps/ensure-code-applied"
import { recordOfferEventsStep } from "./steps/record-offer-events"
import { verifyOfferLinkStep } from "./steps/verify-offer-link"

export type ApplyOfferInput = {
  cart_id: string
  offer_id: string
  /** An emailed offer link's token: then the shopper is the customer it was sent to. */
  token?: string
  /** The request's visitor id (ignored with a token). */
  visitor_id: string | null
  /** The logged-in customer, if any. */
  customer_id: string | null
}

/**
 * Applies an offer the shopper has earned (or, with an emailed link's token, the offer sent to that customer):
 * the shopper is resolved and checked, the cart is claimed for their profile (so checkout checks the same
 * shopper), the code goes on through Medusa's promotion workflow (which runs the cart checks too) and the apply
 * is counted once per cart. A code that gives nothing on the cart yet fails with a CONFLICT `offer_not_applicable`
 * and undoes the claim.
 */
export const applyOfferWorkflow = createWorkflow("touchpoints-segment-offers-apply-offer", (input: ApplyOfferInput) => {
  const linked = when("touchpoints-segment-offers-apply-offer-linked", { input }, ({ input }) => !!input.token).then(
    () =>
      verifyOfferLinkStep(
        transform({ input }, ({ input }) => ({
          token: input.token as string,
          offer_id: input.offer_id,
          logged_in_customer_id: input.customer_id,
        }))
      )
  )
  const earned = earnedOfferStep(
    transform({ input, linked }, ({ input, linked }) => ({
      cart_id: input.cart_id,
      offer_id: input.offer_id,
      visitor_id: linked ? null : input.visitor_id,
      customer_id: linked ? linked.customer_id : input.customer_id,
    }))
  )
  claimOfferCartStep(
    transform({ input, earned }, ({ input, earned }) => ({
      cart_id: input.cart_id,
      profile_id: earned.profile_id,
      offer_id: earned.offer_id,
      segment_id: earned.segment_id,
    }))
  )
  updateCartPromotionsWorkflow.runAsStep({
    input: transform({ input, earned }, ({ input, earned }) => ({
      cart_id: input.cart_id,
      promo_codes: [earned.code],
      action: PromotionActions.ADD,
    })),
  })
  ensureCodeAppliedStep(
    transform({ input, earned }, ({ input, earned }) => ({ cart_id: input.cart_id, code: earned.code }))
  )
  const recorded = recordOfferEventsStep(
    transform({ input, earned }, ({ input, earned }) => [
      {
        offer_id: earned.offer_id,
        segment_id: earned.segment_id,
        kind: "applied" as const,
        dedupe_key: input.cart_id,
        cart_id: input.cart_id,
      },
    ])
  )
  return new WorkflowResponse(
    transform({ earned, recorded }, ({ earned, recorded }) => ({ offer_id: earned.offer_id, recorded }))
  )
})
