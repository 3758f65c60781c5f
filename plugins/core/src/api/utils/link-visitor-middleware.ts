import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import NodeCache from "node-cache"
import { linkVisitorToCustomerWorkflow } from "../../workflows/visitor/link-visitor-to-customer"
import { visitorIdFromHeader } from "./visitor-id"

/**
 * Pairs linked in this process recently. Only an optimisation: linking is idempotent in the
 * database, so another instance (or an expired entry) merely repeats a no-op.
 */
const recentlyLinked = new NodeCache({ stdTTL: 600, checkperiod: 120, maxKeys: 50_000, useClones: false })

/**
 * Links the request's visitor id to the logged-in customer on the first authenticated request
 * that carries both. A failure never fails the shopper's request: it is logged and retried on
 * the next request (the pair is only remembered after success).
 */
export async function linkVisitorOnAuthenticatedRequest(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
  const visitorId = customerId ? visitorIdFromHeader(req) : null
  if (!customerId || !visitorId) {
    return next()
  }
  const key = `${visitorId}:${customerId}`
  if (recentlyLinked.has(key)) {
    return next()
  }
  try {
    await linkVisitorToCustomerWorkflow(req.scope).run({ input: { visitor_id: visitorId, customer_id: customerId } })
    try {
      recentlyLinked.set(key, true)
    } catch {
      recentlyLinked.flushAll() // maxKeys reached: start over rather than grow
    }
  } catch (error) {
    req.scope
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`touchpoints: linking visitor to customer ${customerId} failed, will retry: ${(error as Error).message}`)
  }
  return next()
}
