import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { suppressEmailAddressWorkflow } from "../../../../../workflows/email/suppress-email-address"
import type { PostAdminEmailSuppressionType } from "../validators"

/** Stops every flow from mailing an address (a complaint from a feedback loop, a bounce seen elsewhere, or by hand). */
export async function POST(req: AuthenticatedMedusaRequest<PostAdminEmailSuppressionType>, res: MedusaResponse) {
  const { address, reason, source } = req.validatedBody
  await suppressEmailAddressWorkflow(req.scope).run({
    input: { address, reason, source: source ?? `admin:${req.auth_context.actor_id}` },
  })
  res.json({ address, reason, suppressed: true })
}
