import type { Verdict } from "../modules/segment-offers/lib/evaluate"
import { shopperReason } from "../modules/segment-offers/lib/evaluate"
import type { RankedOffer } from "../modules/segment-offers/lib/pick-offer"
import type { LiveOffer } from "../modules/segment-offers/lib/types"
import { isSafeLink } from "./safe-link"

/** What a shopper sees of an offer they have earned (GET /store/offers). */
export function offerView(ranked: RankedOffer<LiveOffer>, verdicts: Map<string, Verdict>) {
  const { offer } = ranked
  const promotion = offer.promotion
  return {
    id: offer.id,
    headline: offer.content.headline,
    text: offer.content.text ?? null,
    image_url: offer.content.image_url ?? null,
    cta_label: offer.content.cta_label ?? null,
    // an offer saved before links were checked may hold another scheme: the shopper never gets it
    cta_url: offer.content.cta_url && isSafeLink(offer.content.cta_url) ? offer.content.cta_url : null,
    placements: offer.placements,
    code: promotion?.code ?? null,
    discount: promotion
      ? { type: promotion.type, value: promotion.value, currency_code: promotion.currency_code }
      : null,
    worth: ranked.worth,
    segment_id: ranked.segment_id,
    reason: shopperReason(verdicts.get(ranked.segment_id)?.reasons ?? []) ?? "Picked for you",
  }
}

export type OfferView = ReturnType<typeof offerView>
