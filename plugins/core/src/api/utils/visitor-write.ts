import type { AuthenticatedMedusaRequest, MedusaRequest } from "@medusajs/framework/http"
import { signVisitorId } from "../../lib/visitor-token"
import { VISITOR_MODULE } from "../../modules/visitor"
import type VisitorModuleService from "../../modules/visitor/service"
import { isForeignProfileError } from "../../modules/visitor/service"
import { linkVisitorToCustomerWorkflow } from "../../workflows/visitor/link-visitor-to-customer"

/** The logged-in customer of a store request, or null for a guest. */
export function customerOf(req: MedusaRequest): string | null {
  const auth = (req as AuthenticatedMedusaRequest).auth_context
  return auth?.actor_type === "customer" && auth.actor_id ? auth.actor_id : null
}

export type VisitorWrite<T> = {
  result: T
  /** The signed visitor id the browser must keep from now on (a new one when `rotated`). */
  visitorId: string
  rotated: boolean
}

/**
 * Runs a shopper's write (events, consent) for the request's visitor. A profile linked to a customer takes
 * writes only from that customer's session: otherwise (the id was sent by someone else, or a shared device
 * after logout) the write goes to a fresh visitor id of the caller's own, linked to the caller when logged in,
 * and the answer hands that id to the browser. Nobody changes another shopper's profile.
 */
export async function writeAsVisitor<T>(
  req: MedusaRequest,
  visitorId: string,
  write: (visitorId: string, shopper: { customerId: string | null }) => Promise<T>
): Promise<VisitorWrite<T>> {
  const visitors = req.scope.resolve<VisitorModuleService>(VISITOR_MODULE)
  const shopper = { customerId: customerOf(req) }
  try {
    const result = await write(visitorId, shopper)
    return { result, visitorId: signVisitorId(visitors.signingKeys, visitorId), rotated: false }
  } catch (error) {
    if (!isForeignProfileError(error)) throw error
  }
  const { visitorId: fresh } = await visitors.issueVisitorId({})
  if (shopper.customerId) {
    await linkVisitorToCustomerWorkflow(req.scope).run({
      input: { visitor_id: fresh, customer_id: shopper.customerId },
    })
  }
  const result = await write(fresh, shopper)
  return { result, visitorId: signVisitorId(visitors.signingKeys, fresh), rotated: true }
}
