import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { offerView } from "../../../../../lib/offer-view"
import { factsOfProfile, offersFor } from "../../../../../lib/shopper"
import { cartContextOf, shopperSourcesOf } from "../../../../../lib/shopper-sources"
import { evaluate } from "../../../../../modules/segment-offers/lib/evaluate"
import type { Rule } from "../../../../../modules/segment-offers/lib/rules"

/**
 * Which segments a visitor (profile id, customer id or anonymous visitor id) is in and why, the facts the
 * rules saw (with their latest open cart) and the offer the store would give them now.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const sources = shopperSourcesOf(req.scope)
  const profile = await sources.visitors.profileFactsByAnyId(req.params.id)
  if (!profile) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No visitor profile for ${req.params.id}`)
  }
  const cart = profile.last_cart_id ? await cartContextOf(sources.db, profile.last_cart_id) : null
  const facts = await factsOfProfile(sources, profile, cart)
  const segments = await sources.offers.listSegments({}, { order: { created_at: "ASC" } })
  const { verdicts, ranked } = await offersFor(sources, facts, { cart })
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
