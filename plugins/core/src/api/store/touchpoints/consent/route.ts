import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordVisitorConsentWorkflow } from "../../../../workflows/visitor/record-visitor-consent"
import { resolveVisitorId } from "../../../utils/visitor-id"
import type { PostTouchpointsConsentType } from "../validators"

/**
 * Records a visitor's analytics consent. "Necessary only" from a browser that never got a
 * visitor id stores nothing at all: there is nobody to remember.
 */
export async function POST(req: MedusaRequest<PostTouchpointsConsentType>, res: MedusaResponse) {
  const { analytics, source, visitor_id } = req.validatedBody
  const visitorId = resolveVisitorId(req, visitor_id)
  if (!visitorId) {
    res.json({ visitor_id: null, analytics, stored: false })
    return
  }
  const { result } = await recordVisitorConsentWorkflow(req.scope).run({
    input: { visitor_id: visitorId, analytics, source: source ?? "storefront" },
  })
  res.json({ visitor_id: visitorId, analytics: result.analytics, updated_at: result.updated_at, stored: true })
}
