import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { offersFor, resolveShopper } from "../../lib/shopper"
import { shopperSourcesOf } from "../../lib/shopper-sources"

export type EarnedOfferInput = {
  cart_id: string
  offer_id: string
  visitor_id: string | null
  customer_id: string | null
}

export type EarnedOffer = { code: string; offer_id: string; segment_id: string; profile_id: string }

/**
 * The offer as this shopper earned it on this cart: their profile, cart and customer record read as for
 * `GET /store/offers`. Someone else's registered cart is a 404 like an unknown one, an unknown offer a 404, an
 * offer the shopper has not earned (or a shopper without a profile) a 400 `not_allowed`. Reads only: nothing
 * to compensate.
 */
export const earnedOfferStep = createStep(
  "touchpoints-segment-offers-earned-offer-step",
  async (input: EarnedOfferInput, { container }) => {
    const sources = shopperSourcesOf(container)
    const shopper = await resolveShopper(sources, {
      visitorId: input.visitor_id,
      customerId: input.customer_id,
      cartId: input.cart_id,
    })
    const [offer] = await sources.offers.listOffers({ id: input.offer_id }, { select: ["id"] })
    if (!offer) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Offer ${input.offer_id} was not found`)
    }
    const { ranked } = await offersFor(sources, shopper.facts, { cart: shopper.cart })
    const earned = ranked.find((entry) => entry.offer.id === offer.id)
    if (!earned?.offer.promotion || !shopper.profile) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Offer ${offer.id} is not available to this shopper`)
    }
    const answer: EarnedOffer = {
      code: earned.offer.promotion.code,
      offer_id: offer.id,
      segment_id: earned.segment_id,
      profile_id: shopper.profile.id,
    }
    return new StepResponse(answer)
  }
)
