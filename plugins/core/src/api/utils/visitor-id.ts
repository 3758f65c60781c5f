import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { SigningKeys } from "../../lib/signed-token"
import { BARE_VISITOR_ID, readSignedVisitorId } from "../../lib/visitor-token"
import { VISITOR_MODULE } from "../../modules/visitor"
import type VisitorModuleService from "../../modules/visitor/service"

export const VISITOR_HEADER = "x-touchpoints-visitor"
/** Where a browser gets its visitor id (and upgrades a 0.1 one). */
export const ISSUE_ROUTE = "POST /store/touchpoints/visitor"

function keysOf(req: MedusaRequest): SigningKeys {
  return req.scope.resolve<VisitorModuleService>(VISITOR_MODULE).signingKeys
}

/**
 * The stored visitor id of the header, when it carries one this shop signed (middlewares and reads use this;
 * they never reject: an unsigned, guessed or forged id counts as no visitor).
 */
export function visitorIdFromHeader(req: MedusaRequest): string | null {
  const header = req.headers[VISITOR_HEADER]
  return typeof header === "string" && header ? readSignedVisitorId(keysOf(req), header) : null
}

/**
 * The stored visitor id of a request, from the header or a (validated) body/query field, which must be an id
 * this shop signed. Malformed, or header and field disagreeing: 400. Not signed by this shop (a guessed id,
 * or a 0.1 widget's own): 401, naming the route that issues (or upgrades) one.
 */
export function resolveVisitorId(req: MedusaRequest, fromPayload: string | undefined): string | null {
  const header = req.headers[VISITOR_HEADER]
  if (header !== undefined && typeof header !== "string") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Send header ${VISITOR_HEADER} once`)
  }
  if (header && fromPayload && header !== fromPayload) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `visitor_id and header ${VISITOR_HEADER} name different visitors`
    )
  }
  const claimed = header || fromPayload
  if (!claimed) return null
  const visitorId = readSignedVisitorId(keysOf(req), claimed)
  if (visitorId) return visitorId
  if (!BARE_VISITOR_ID.test(claimed) && !/^[A-Za-z0-9_.-]{16,120}$/.test(claimed)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${VISITOR_HEADER} is not a visitor id`)
  }
  throw new MedusaError(
    MedusaError.Types.UNAUTHORIZED,
    `This visitor id was not issued by this shop: get one from ${ISSUE_ROUTE}`
  )
}

export function requireVisitorId(req: MedusaRequest, fromPayload: string | undefined): string {
  const visitorId = resolveVisitorId(req, fromPayload)
  if (!visitorId) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `A visitor id is required: send header ${VISITOR_HEADER} or visitor_id (get one from ${ISSUE_ROUTE})`
    )
  }
  return visitorId
}
