import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { auditDeadEnds } from "../../../../modules/next-steps/lib/dead-end-audit"
import type { GetAuditType } from "../validators"

/**
 * The dead-end audit: published products (a page at a time) whose page would show fewer links than configured
 * in any group, in a region and sales channel, with the reason. `npm run touchpoints -- next-steps-audit` runs it
 * over the whole catalog.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetAuditType>, res: MedusaResponse) {
  res.json(await auditDeadEnds(req.scope, req.validatedQuery))
}
