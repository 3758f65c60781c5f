import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { offerView } from "../../../../../lib/offer-view"
import { factsOfProfile, offersFor } from "../../../../../lib/shopper"
import { SEGMENT_OFFERS_MODULE } from "../../../../../modules/segment-offers"
import { evaluate } from "../../../../../modules/segment-offers/lib/evaluate"
import type { Rule } from "../../../../../modules/segment-offers/lib/rules"
import type SegmentOffersModuleService from "../../../../../modules/segment-offers/service"

/**
 * Which segments a visitor (profile id, customer id or anonymous visitor id) is in and why, the facts the
 * rules saw (with their latest open cart) and the offer the store would give them now.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = req.scope.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE)
  const profile = await service.findProfile(req.params.id)
  if (!profile) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No visitor profile for ${req.params.id}`)
  }
  const cart = profile.last_cart_id ? await service.cartContext(profile.last_cart_id) : null
  const facts = await factsOfProfile(service, profile, cart)
  const segments = await service.listSegments({}, { order: { created_at: "ASC" } })
  const { verdicts, ranked } = await offersFor(service, facts, { cart })
  res.json({
    visitor: { profile_id: profile.id, customer_id: profile.customer_id, cart_id: cart ? profile.last_cart_id : null },
    facts,
    segments: segments.map((segment) => {
      const verdict = evaluate(segment.rule as unknown as Rule, facts)
      return {
        id: segment.id,
        name: segment.name,
        status: segment.status,
        matched: verdict.matched,
        reasons: verdict.reasons.map((reason) => reason.text),
      }
    }),
    offer: ranked[0] ? offerView(ranked[0], verdicts) : null,
  })
}
