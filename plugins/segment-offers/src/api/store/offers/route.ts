import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resolveVisitorId } from "@touchpoints/core/api"
import { syncSeenCustomer } from "../../../lib/membership-sync"
import { offerView } from "../../../lib/offer-view"
import { offersFor, resolveShopper } from "../../../lib/shopper"
import { shopperSourcesOf } from "../../../lib/shopper-sources"
import { customerOfToken } from "../../../lib/token-shopper"
import type { GetStoreOffersType } from "./validators"

/**
 * The shopper's best offer with its reason ("You have visited 3 times without buying yet"), and the other
 * offers they have earned when asked. With an emailed link's token: that offer, if the customer still qualifies.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetStoreOffersType>, res: MedusaResponse) {
  const query = req.validatedQuery
  const sources = shopperSourcesOf(req.scope)
  const loggedIn = req.auth_context?.actor_id || null
  const linked = query.token ? customerOfToken(sources.offers.settings.keys, query.token, loggedIn) : null
  const customerId = linked?.customerId ?? loggedIn
  const shopper = await resolveShopper(sources, {
    visitorId: linked ? null : resolveVisitorId(req, query.visitor_id),
    customerId,
    cartId: query.cart_id,
  })
  const { verdicts, ranked } = await offersFor(sources, shopper.facts, {
    placement: linked ? undefined : query.placement,
    cart: shopper.cart,
  })
  const offers = (linked ? ranked.filter((entry) => entry.offer.id === linked.offerId) : ranked).map((entry) =>
    offerView(entry, verdicts)
  )
  res.json({ offer: offers[0] ?? null, ...(query.include_others && { others: offers.slice(1) }) })
  if (loggedIn && !linked) {
    // keep this customer's mirror groups current; the request does not wait for it
    syncSeenCustomer(req.scope, loggedIn).catch((error: Error) =>
      req.scope.resolve("logger").warn(`segment-offers: sync of ${loggedIn} failed: ${error.message}`)
    )
  }
}
