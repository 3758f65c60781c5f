import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { resolveVisitorId } from "@touchpoints/core/api"
import { offersFor, resolveShopper } from "../../../../../../lib/shopper"
import { customerOfToken } from "../../../../../../lib/token-shopper"
import { SEGMENT_OFFERS_MODULE } from "../../../../../../modules/segment-offers"
import type SegmentOffersModuleService from "../../../../../../modules/segment-offers/service"
import { applyOfferToCartWorkflow } from "../../../../../../workflows/apply-offer"
import { OFFER_NOT_APPLICABLE } from "../../../../../../workflows/steps/ensure-code-applied"
import type { PostApplyOfferType } from "../../../../../validators"

export const CART_FIELDS = [
  "id",
  "currency_code",
  "item_subtotal",
  "discount_total",
  "total",
  "promotions.id",
  "promotions.code",
]

/**
 * Applies an offer the shopper has earned to their cart (or, with an emailed link's token, the offer sent
 * to that customer). A shopper outside the offer's segments gets 400 `not_allowed`, and the same holds for
 * the code however it is entered, here and at checkout; a cart the code gives nothing on yet gets 409
 * `offer_not_applicable`.
 */
export async function POST(req: AuthenticatedMedusaRequest<PostApplyOfferType>, res: MedusaResponse) {
  const body = req.validatedBody
  const service = req.scope.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE)
  const loggedIn = req.auth_context?.actor_id || null
  const linked = body.token ? customerOfToken(service.settings.keys, body.token, loggedIn) : null
  if (linked && linked.offerId !== req.params.offer_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This offer link is not valid or has expired")
  }
  const shopper = await resolveShopper(service, {
    visitorId: linked ? null : resolveVisitorId(req, body.visitor_id),
    customerId: linked?.customerId ?? loggedIn,
    cartId: req.params.id,
  })
  const [offer] = await service.listOffers({ id: req.params.offer_id }, { select: ["id"] })
  if (!offer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Offer ${req.params.offer_id} was not found`)
  }
  const { ranked } = await offersFor(service, shopper.facts, { cart: shopper.cart })
  const earned = ranked.find((entry) => entry.offer.id === offer.id)
  if (!earned?.offer.promotion || !shopper.profile) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Offer ${offer.id} is not available to this shopper`)
  }
  try {
    await applyOfferToCartWorkflow(req.scope).run({
      input: {
        cart_id: req.params.id,
        code: earned.offer.promotion.code,
        offer_id: offer.id,
        segment_id: earned.segment_id,
        profile_id: shopper.profile.id,
      },
    })
  } catch (error) {
    // written here: Medusa's error handler replaces a conflict's message with a generic one
    const failed = error as { code?: string; message: string }
    if (failed.code !== OFFER_NOT_APPLICABLE) throw error
    res.status(409).json({ type: "conflict", code: OFFER_NOT_APPLICABLE, message: failed.message })
    return
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: CART_FIELDS, filters: { id: req.params.id } })
  res.json({ cart: data[0], offer_id: offer.id })
}
