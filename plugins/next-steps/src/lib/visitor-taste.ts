import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { visitorIdFromHeader } from "@touchpoints/core/api"
import { VISITOR_MODULE, type VisitorModuleService } from "@touchpoints/core/modules/visitor"
import type { VisitorTaste } from "../modules/next-steps/lib/for-you-candidates"

/**
 * The shopper's taste from core's visitor profile (by the visitor id header, or the logged-in customer's own
 * profile) and their wishlists. A profile that belongs to a customer personalises only for that customer
 * logged in, so a visitor id left on a shared device reveals nothing.
 */
export async function visitorTaste(req: AuthenticatedMedusaRequest): Promise<VisitorTaste | null> {
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
  const anonymousId = visitorIdFromHeader(req)
  const saved = await savedProducts(req, customerId)
  const found =
    anonymousId || customerId
      ? await req.scope.resolve<VisitorModuleService>(VISITOR_MODULE).retrieveSummary({ anonymousId, customerId })
      : null
  const mine = found && (!found.customer_id || found.customer_id === customerId) ? found : null
  const own = mine?.summary ?? null
  if (!own && !saved.length) return null
  return {
    recent_product_ids: own?.recent_product_ids ?? [],
    // the summary's rows are keyed dynamically; these are its category rows
    category_views: (own?.category_views ?? []).map((view) => ({
      category_id: String(view.category_id),
      count: view.count,
    })),
    last_cart_id: mine?.last_cart_id ?? null,
    saved_product_ids: saved,
  }
}

/** What the wishlist plugin answers, when it is installed (resolved by name: no hard dependency). */
type SavedProducts = {
  savedProductIds(input: { customerId?: string | null; guestToken?: string | null }): Promise<string[]>
}

/** The shopper's saved products: the customer's lists, or a guest's by their wishlist token. */
async function savedProducts(req: AuthenticatedMedusaRequest, customerId: string | null): Promise<string[]> {
  if (!req.scope.hasRegistration("touchpointsWishlist")) return []
  const token = req.headers["x-wishlist-token"]
  return req.scope.resolve<SavedProducts>("touchpointsWishlist").savedProductIds({
    customerId,
    guestToken: typeof token === "string" ? token : null,
  })
}
