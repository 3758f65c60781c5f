import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { resolveVisitorId } from "@touchpoints/core/api"
import { applyOfferWorkflow } from "../../../../../../workflows/apply-offer"
import { OFFER_NOT_APPLICABLE } from "../../../../../../workflows/steps/ensure-code-applied"
import type { PostApplyOfferType } from "../../../validators"

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
  const { result, errors } = await applyOfferWorkflow(req.scope).run({
    input: {
      cart_id: req.params.id,
      offer_id: req.params.offer_id,
      token: body.token,
      visitor_id: body.token ? null : resolveVisitorId(req, body.visitor_id),
      customer_id: req.auth_context?.actor_id || null,
    },
    throwOnError: false,
  })
  const failure = errors[0]?.error as { code?: string; message: string } | undefined
  if (failure?.code === OFFER_NOT_APPLICABLE) {
    // rendered here: Medusa's error handler replaces a conflict's message with a generic one
    res.status(409).json({ type: "conflict", code: OFFER_NOT_APPLICABLE, message: failure.message })
    return
  }
  if (failure) throw failure
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: CART_FIELDS, filters: { id: req.params.id } })
  res.json({ cart: data[0], offer_id: result.offer_id })
}
