import type { MedusaDb } from "@touchpoints/core/medusa-tables"
import { promotionStatesOf } from "../../../lib/shopper-sources"
import { type OfferCandidate, unavailableBecause } from "../../../modules/segment-offers/lib/pick-offer"

/** Offers as the owner sees them: with their promotion's state and why (if) the store would not show them now. */
export async function withPromotionState<T extends { id: string; promotion_id: string }>(db: MedusaDb, offers: T[]) {
  const states = await promotionStatesOf(
    db,
    offers.map((offer) => offer.promotion_id)
  )
  const now = new Date()
  return offers.map((offer) => {
    const promotion = states.get(offer.promotion_id) ?? null
    return {
      ...offer,
      promotion,
      unavailable_because: unavailableBecause({ ...(offer as unknown as OfferCandidate), promotion }, now),
    }
  })
}
