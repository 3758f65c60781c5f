import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { EMAIL_MODULE } from "../../../../modules/email"
import { normalizeAddress } from "../../../../modules/email/lib/types"
import type EmailModuleService from "../../../../modules/email/service"
import { recordEmailConsentWorkflow } from "../../../../workflows/email/record-email-consent"
import { consentAnswerOf } from "./answer"
import type { GetAdminConsentType, PostAdminConsentType } from "./validators"

/** An address's consent: effective state per flow and its full history (customer page, search by address). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetAdminConsentType>, res: MedusaResponse) {
  const address = normalizeAddress(req.validatedQuery.email as string)
  res.json(await consentAnswerOf(req.scope.resolve<EmailModuleService>(EMAIL_MODULE), address))
}

/** The owner opts an address in or out: a verified change, its proof the admin user's id. */
export async function POST(req: AuthenticatedMedusaRequest<PostAdminConsentType>, res: MedusaResponse) {
  const { email, flow, granted } = req.validatedBody
  const address = normalizeAddress(email)
  await recordEmailConsentWorkflow(req.scope).run({
    input: { address, flow, granted, source: "owner", proof: `user:${req.auth_context.actor_id}` },
  })
  res.json(await consentAnswerOf(req.scope.resolve<EmailModuleService>(EMAIL_MODULE), address))
}
