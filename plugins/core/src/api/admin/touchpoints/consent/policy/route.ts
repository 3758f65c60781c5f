import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { EMAIL_MODULE } from "../../../../../modules/email"
import type EmailModuleService from "../../../../../modules/email/service"
import { policyOf } from "../answer"

/** The consent rules in force (core's `email.consent` option), for the owner's settings panel. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ policy: policyOf(req.scope.resolve<EmailModuleService>(EMAIL_MODULE)) })
}
