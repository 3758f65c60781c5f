import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordVisitorConsentWorkflow } from "../../../../workflows/visitor/record-visitor-consent"
import { resolveVisitorId } from "../../../utils/visitor-id"
import { writeAsVisitor } from "../../../utils/visitor-write"
import type { PostTouchpointsConsentType } from "./validators"

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
  const written = await writeAsVisitor(req, visitorId, async (anonymousId, shopper) => {
    const { result } = await recordVisitorConsentWorkflow(req.scope).run({
      input: {
        visitor_id: anonymousId,
        analytics,
        source: source ?? "storefront",
        shopper: { customer_id: shopper.customerId },
      },
    })
    return result
  })
  res.json({
    visitor_id: written.visitorId,
    ...(written.rotated && { visitor_rotated: true }),
    analytics: written.result.analytics,
    updated_at: written.result.updated_at,
    stored: true,
  })
}
