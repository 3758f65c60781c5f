import type { AuthenticatedMedusaRequest, MedusaRequest } from "@medusajs/framework/http"
import { readSignedVisitorId } from "../../lib/visitor-token"
import { VISITOR_MODULE } from "../../modules/visitor"
import type VisitorModuleService from "../../modules/visitor/service"
import { visitorIdFromHeader } from "./visitor-id"

/** A body field as text, when it is one (the rate limit runs before the route's validator). */
function bodyText(req: MedusaRequest, field: string): string | null {
  const value = (req.body as Record<string, unknown> | undefined)?.[field]
  return typeof value === "string" ? value : null
}

/** The visitor a request speaks for: the header's signed id, else a signed `visitor_id` in the body. */
export function visitorSubject(req: MedusaRequest): string | null {
  const visitor = visitorIdFromHeader(req) ?? visitorIdFromBody(req)
  return visitor ? `visitor:${visitor}` : null
}

function visitorIdFromBody(req: MedusaRequest): string | null {
  const fromBody = bodyText(req, "visitor_id")
  const keys = req.scope.resolve<VisitorModuleService>(VISITOR_MODULE).signingKeys
  return fromBody ? readSignedVisitorId(keys, fromBody) : null
}

/** Whose address an email-consent choice is for: the cart's (checkout) or the logged-in customer's. */
export function emailConsentSubject(req: MedusaRequest): string | null {
  const cart = bodyText(req, "cart_id")
  if (cart && cart.length <= 64) return `cart:${cart}`
  const customer = (req as AuthenticatedMedusaRequest).auth_context?.actor_id
  return customer ? `customer:${customer}` : null
}

/** A route's `:id` or `:token` path param, named by what it is (`wishlist:wl_...`). */
export const paramSubject =
  (kind: string, param = "id") =>
  (req: MedusaRequest): string | null => {
    const value = req.params?.[param]
    return typeof value === "string" && value.length <= 512 ? `${kind}:${value}` : null
  }
