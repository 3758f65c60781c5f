import type { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { signVisitorId } from "../../../../lib/visitor-token"
import { VISITOR_MODULE } from "../../../../modules/visitor"
import type VisitorModuleService from "../../../../modules/visitor/service"
import { resolveVisitorId } from "../../../utils/visitor-id"
import type { GetTouchpointsVisitorType, PostTouchpointsVisitorType } from "./validators"

/**
 * The current shopper's own profile summary. A profile linked to a customer is shown only to
 * that customer when logged in, so a visitor id left on a shared device reveals no orders.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetTouchpointsVisitorType>, res: MedusaResponse) {
  const customerId = req.auth_context?.actor_id || null
  const visitorId = resolveVisitorId(req, req.validatedQuery.visitor_id)
  if (!visitorId && !customerId) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Send header x-touchpoints-visitor or log in")
  }
  const visitors = req.scope.resolve<VisitorModuleService>(VISITOR_MODULE)
  const found = await visitors.retrieveSummary({ anonymousId: visitorId, customerId })
  if (!found) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "No profile for this visitor yet")
  }
  if (found.customer_id && found.customer_id !== customerId) {
    throw new MedusaError(
      MedusaError.Types.UNAUTHORIZED,
      "This visitor's profile belongs to a customer: log in to see it"
    )
  }
  // the id as the browser holds it (signed), so a storefront can compare it with its own
  const id = visitorId ? signVisitorId(visitors.signingKeys, visitorId) : null
  res.json({ visitor: { ...found.summary, id } })
}

/**
 * A visitor id for this browser, signed by the shop: the only kind the other routes accept, so a guessed id
 * opens nothing. `visitor_id` (a 0.1 widget's own id) is upgraded once, keeping its profile; a replay of an
 * upgraded id, or an unknown one, gets a fresh id.
 */
export async function POST(req: MedusaRequest<PostTouchpointsVisitorType>, res: MedusaResponse) {
  const visitors = req.scope.resolve<VisitorModuleService>(VISITOR_MODULE)
  const issued = await visitors.issueVisitorId({ legacyId: req.validatedBody.visitor_id })
  res.status(201).json({ visitor_id: signVisitorId(visitors.signingKeys, issued.visitorId), upgraded: issued.upgraded })
}
