import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { EMAIL_MODULE } from "../../../../modules/email"
import type EmailModuleService from "../../../../modules/email/service"
import { recordEmailConsentWorkflow } from "../../../../workflows/email/record-email-consent"
import type { GetTouchpointsEmailConsentType, PostTouchpointsEmailConsentType } from "../validators"
import { cartConsentSource, consentSubjectOf } from "./address"

/**
 * The shopper's marketing-email choices (per flow, "*" for all), for a checkbox that shows the current state.
 * Through a guest's cart only the choices made through that cart: its address is whatever was typed in.
 */
export async function GET(req: MedusaRequest<unknown, GetTouchpointsEmailConsentType>, res: MedusaResponse) {
  const subject = await consentSubjectOf(req, req.validatedQuery.cart_id as string | undefined)
  const consents = await req.scope.resolve<EmailModuleService>(EMAIL_MODULE).consentsOf(subject.address)
  const visible = subject.cartOnly
    ? consents.filter((consent) => consent.source === cartConsentSource(subject.cartOnly as string))
    : consents
  res.json({
    consents: visible.map(({ flow, granted, source, recorded_at }) => ({ flow, granted, source, recorded_at })),
  })
}

/** Records the shopper's opt-in or opt-out (e.g. the checkout's "email me about my cart" box), with its source. */
export async function POST(req: MedusaRequest<PostTouchpointsEmailConsentType>, res: MedusaResponse) {
  const { cart_id, flow, granted } = req.validatedBody
  const { address } = await consentSubjectOf(req, cart_id)
  const { result } = await recordEmailConsentWorkflow(req.scope).run({
    input: { address, flow, granted, source: cart_id ? cartConsentSource(cart_id) : "storefront:account" },
  })
  res.json({
    consent: { flow: result.flow, granted: result.granted, source: result.source, recorded_at: result.recorded_at },
  })
}
