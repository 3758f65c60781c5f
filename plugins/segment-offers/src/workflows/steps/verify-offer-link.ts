import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { customerOfToken } from "../../lib/token-shopper"
import { SEGMENT_OFFERS_MODULE } from "../../modules/segment-offers"
import type SegmentOffersModuleService from "../../modules/segment-offers/service"

export type VerifyOfferLinkInput = { token: string; offer_id: string; logged_in_customer_id: string | null }

/**
 * The customer an emailed offer link speaks for, when the link is for this offer; a forged, expired, foreign or
 * other offer's link is the same 404. Reads only: nothing to compensate.
 */
export const verifyOfferLinkStep = createStep(
  "touchpoints-segment-offers-verify-offer-link-step",
  async (input: VerifyOfferLinkInput, { container }) => {
    const service = container.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE)
    const claim = customerOfToken(service.settings.keys, input.token, input.logged_in_customer_id)
    if (claim.offerId !== input.offer_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "This offer link is not valid or has expired")
    }
    return new StepResponse({ customer_id: claim.customerId })
  }
)
