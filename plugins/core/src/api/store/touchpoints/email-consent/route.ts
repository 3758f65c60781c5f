import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { EMAIL_MODULE } from "../../../../modules/email"
import type EmailModuleService from "../../../../modules/email/service"
import { recordEmailConsentWorkflow } from "../../../../workflows/email/record-email-consent"
import type { GetTouchpointsEmailConsentType, PostTouchpointsEmailConsentType } from "../validators"
import { consentAddressOf } from "./address"

/** The shopper's marketing-email choices (per flow, "*" for all), for a checkbox that shows the current state. */
export async function GET(req: MedusaRequest<unknown, GetTouchpointsEmailConsentType>, res: MedusaResponse) {
  const address = await consentAddressOf(req, req.validatedQuery.cart_id as string | undefined)
  const consents = await req.scope.resolve<EmailModuleService>(EMAIL_MODULE).consentsOf(address)
  res.json({
    consents: consents.map(({ flow, granted, source, recorded_at }) => ({ flow, granted, source, recorded_at })),
  })
}

/** Records the shopper's opt-in or opt-out (e.g. the checkout's "email me about my cart" box), with its source. */
export async function POST(req: MedusaRequest<PostTouchpointsEmailConsentType>, res: MedusaResponse) {
  const { cart_id, flow, granted } = req.validatedBody
  const address = await consentAddressOf(req, cart_id)
  const { result } = await recordEmailConsentWorkflow(req.scope).run({
    input: { address, flow, granted, source: cart_id ? `storefront:cart:${cart_id}` : "storefront:account" },
  })
  res.json({
    consent: { flow: result.flow, granted: result.granted, source: result.source, recorded_at: result.recorded_at },
  })
}
