import { MedusaError } from "@medusajs/framework/utils"
import { registerCartCheck } from "@touchpoints/core/lib"
import { factsOfProfile } from "../../lib/shopper"
import {
  cartContextOf,
  offersByCode,
  profileOfCart,
  redeemedByCartShopper,
  shopperSourcesOf,
} from "../../lib/shopper-sources"

/**
 * An offer's code works only for members of its segments, however it reaches the cart (the offer route,
 * `POST /store/carts/:id/promotions`, a shared code): checked when the code is added and again at checkout,
 * against the shopper the cart belongs to (who applied the offer, else its registered customer).
 */
registerCartCheck("segment-offers", async ({ container, cart_id, codes }) => {
  const sources = shopperSourcesOf(container)
  const offers = await offersByCode(sources, codes)
  if (!offers.length) return
  const [profile, cart, segments] = await Promise.all([
    profileOfCart(sources, cart_id),
    cartContextOf(sources.db, cart_id),
    sources.offers.liveSegments(),
  ])
  const memberOf = sources.offers.segmentsOf(segments, await factsOfProfile(sources, profile, cart))
  const refused = offers.find((offer) => !offer.segment_ids.some((id) => memberOf.has(id)))
  if (refused) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Code ${refused.code} is an offer for selected shoppers, and this cart's shopper does not qualify for it`
    )
  }
  for (const offer of offers.filter((candidate) => candidate.once_per_shopper)) {
    if (await redeemedByCartShopper(sources.db, offer.promotion_id, cart_id)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Code ${offer.code} can be used once per shopper, and an order with this account or email address already used it`
      )
    }
  }
})
