import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEGMENT_OFFERS_MODULE } from "../../modules/segment-offers"
import type SegmentOffersModuleService from "../../modules/segment-offers/service"

export type ClaimOfferCartInput = { cart_id: string; profile_id: string; offer_id: string; segment_id: string }

/** Records whose cart it is for offers (checked again at checkout); compensation restores the previous claim. */
export const claimOfferCartStep = createStep(
  "touchpoints-segment-offers-claim-offer-cart-step",
  async (input: ClaimOfferCartInput, { container }) => {
    const service = container.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE)
    const { previous } = await service.claimCart(input)
    return new StepResponse(input.cart_id, { cart_id: input.cart_id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE)
    await service.restoreCartClaim(undo.cart_id, undo.previous)
  }
)
