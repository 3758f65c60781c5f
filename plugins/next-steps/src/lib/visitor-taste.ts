import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { visitorIdFromHeader } from "@touchpoints/core/api/utils/visitor-id"
import type { VisitorModuleService } from "@touchpoints/core/modules/visitor"
import type { VisitorTaste } from "./for-you-candidates"

/**
 * The shopper's taste from core's visitor profile: by the visitor id header, or the logged-in customer's own
 * profile. A profile that belongs to a customer personalises only for that customer logged in, so a visitor id
 * left on a shared device reveals nothing.
 */
export async function visitorTaste(req: AuthenticatedMedusaRequest): Promise<VisitorTaste | null> {
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
  const anonymousId = visitorIdFromHeader(req)
  if (!anonymousId && !customerId) return null
  const found = await req.scope.resolve<VisitorModuleService>("visitor").retrieveSummary({ anonymousId, customerId })
  if (!found || (found.customer_id && found.customer_id !== customerId)) return null
  const { recent_product_ids, category_views, last_cart_id } = found.summary
  return {
    recent_product_ids,
    // the summary's rows are keyed dynamically; these are its category rows
    category_views: category_views.map((view) => ({ category_id: String(view.category_id), count: view.count })),
    last_cart_id,
  }
}
