import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { VISITOR_ID_PATTERN } from "../../modules/visitor/lib/event-types"

export const VISITOR_HEADER = "x-touchpoints-visitor"

/** The visitor id header, when present and well-formed (middlewares use this; they never reject). */
export function visitorIdFromHeader(req: MedusaRequest): string | null {
  const header = req.headers[VISITOR_HEADER]
  return typeof header === "string" && VISITOR_ID_PATTERN.test(header) ? header : null
}

/**
 * The visitor id of a request, from the header or a (validated) body/query field.
 * A malformed header, or a header and field that disagree, is a 400.
 */
export function resolveVisitorId(req: MedusaRequest, fromPayload: string | undefined): string | null {
  const header = req.headers[VISITOR_HEADER]
  if (header !== undefined && (typeof header !== "string" || !VISITOR_ID_PATTERN.test(header))) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Header ${VISITOR_HEADER} must be 16-64 letters, digits, _ or -`
    )
  }
  if (header && fromPayload && header !== fromPayload) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `visitor_id and header ${VISITOR_HEADER} name different visitors`
    )
  }
  return (header as string | undefined) ?? fromPayload ?? null
}

export function requireVisitorId(req: MedusaRequest, fromPayload: string | undefined): string {
  const visitorId = resolveVisitorId(req, fromPayload)
  if (!visitorId) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `A visitor id is required: send header ${VISITOR_HEADER} or visitor_id`
    )
  }
  return visitorId
}
