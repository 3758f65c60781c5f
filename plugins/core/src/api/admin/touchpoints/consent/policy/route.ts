import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { EMAIL_MODULE } from "../../../../../modules/email"
import type EmailModuleService from "../../../../../modules/email/service"
import { saveConsentPolicyWorkflow } from "../../../../../workflows/email/save-consent-policy"
import { policyOf } from "../answer"
import type { PostAdminConsentPolicyType } from "../validators"

/** The consent rules in force (core's `email.consent` option), for the owner's settings panel. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ policy: await policyOf(req.scope.resolve<EmailModuleService>(EMAIL_MODULE)) })
}

/** The owner chooses the single-opt-in flows (saved; takes precedence over the option from the next request). */
export async function POST(req: AuthenticatedMedusaRequest<PostAdminConsentPolicyType>, res: MedusaResponse) {
  await saveConsentPolicyWorkflow(req.scope).run({
    input: { single_opt_in_flows: req.validatedBody.single_opt_in_flows, updated_by: req.auth_context.actor_id },
  })
  res.json({ policy: await policyOf(req.scope.resolve<EmailModuleService>(EMAIL_MODULE)) })
}
