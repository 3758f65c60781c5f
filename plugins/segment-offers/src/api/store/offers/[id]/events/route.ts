import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { requireVisitorId } from "@touchpoints/core/api"
import { offersFor, resolveShopper } from "../../../../../lib/shopper"
import { shopperSourcesOf } from "../../../../../lib/shopper-sources"
import { customerOfToken } from "../../../../../lib/token-shopper"
import { recordOfferEventsWorkflow } from "../../../../../workflows/record-offer-events"
import type { PostOfferEventType } from "../../validators"

/**
 * The widget reports an offer shown or clicked; each counts once per visitor (or customer) and day, for offers
 * they earned. From an emailed link the token stands for the customer it was sent to.
 */
export async function POST(req: AuthenticatedMedusaRequest<PostOfferEventType>, res: MedusaResponse) {
  const body = req.validatedBody
  const sources = shopperSourcesOf(req.scope)
  const loggedIn = req.auth_context?.actor_id || null
  const linked = body.token ? customerOfToken(sources.offers.settings.keys, body.token, loggedIn) : null
  const customerId = linked?.customerId ?? loggedIn
  const visitorId = customerId ? null : requireVisitorId(req, body.visitor_id)
  const shopper = await resolveShopper(sources, { visitorId, customerId, cartId: body.cart_id })
  const { ranked } = await offersFor(sources, shopper.facts, { cart: shopper.cart })
  const earned = ranked.find((entry) => entry.offer.id === req.params.id)
  if (!earned) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Offer ${req.params.id} is not available to this shopper`)
  }
  const day = new Date().toISOString().slice(0, 10)
  const { result } = await recordOfferEventsWorkflow(req.scope).run({
    input: {
      events: [
        {
          offer_id: earned.offer.id,
          segment_id: earned.segment_id,
          kind: body.kind,
          dedupe_key: `${customerId ?? visitorId}:${day}`,
          cart_id: body.cart_id ?? null,
        },
      ],
    },
  })
  res.json({ recorded: result > 0 })
}
