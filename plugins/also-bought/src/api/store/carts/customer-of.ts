import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"

/** The logged-in customer of a store request, or null (guests, invalid tokens, admin tokens). */
export function customerIdOf(req: AuthenticatedMedusaRequest<unknown, unknown>): string | null {
  const auth = req.auth_context
  return auth?.actor_type === "customer" && auth.actor_id ? auth.actor_id : null
}
