import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { EMAIL_MODULE } from "../../../../modules/email"
import { type ConsentEntry, type NewConsentEntry, UNVERIFIED } from "../../../../modules/email/lib/consent-entry"
import { unverifiedOptInWaits } from "../../../../modules/email/lib/consent-precedence"
import type EmailModuleService from "../../../../modules/email/service"
import { recordEmailConsentWorkflow } from "../../../../workflows/email/record-email-consent"
import { type ConsentSubject, consentSubjectOf } from "./address"
import type { GetTouchpointsEmailConsentType, PostTouchpointsEmailConsentType } from "./validators"

/**
 * The shopper's marketing-email choices (per flow, "*" for all), for a checkbox that shows the current state.
 * A logged-in customer reads the effective state of their own address; through a guest's cart only the choices
 * made through that cart (its address is whatever was typed in), never what the address chose elsewhere.
 */
export async function GET(req: MedusaRequest<unknown, GetTouchpointsEmailConsentType>, res: MedusaResponse) {
  const subject = await consentSubjectOf(req, req.validatedQuery.cart_id as string | undefined)
  const emails = req.scope.resolve<EmailModuleService>(EMAIL_MODULE)
  if (subject.cartOnly) {
    const policy = await emails.consentPolicy()
    const made = (await emails.consentHistory(subject.address)).filter((entry) => entry.cart_id === subject.cartOnly)
    const latest = new Map<string, ConsentEntry>(made.map((entry) => [entry.flow, entry]))
    const consents = [...latest.values()].map((entry) => ({
      flow: entry.flow,
      granted: entry.granted,
      source: entry.source,
      recorded_at: entry.recorded_at,
      pending_confirmation: entry.granted && entry.proof === UNVERIFIED && unverifiedOptInWaits(entry.flow, policy),
    }))
    res.json({ consents })
    return
  }
  const states = await emails.consentStates(subject.address)
  res.json({
    consents: states
      .filter((state) => state.granted !== null || state.pending_confirmation)
      .map(({ flow, granted, source, recorded_at, pending_confirmation }) => ({
        flow,
        granted: granted === true,
        source,
        recorded_at,
        pending_confirmation,
      })),
  })
}

/** Who vouches for a choice: the logged-in customer (verified), or nobody (a guest's cart form). */
function entryOf(subject: ConsentSubject, body: PostTouchpointsEmailConsentType): NewConsentEntry {
  const base = { address: subject.address, flow: body.flow, granted: body.granted, cart_id: body.cart_id ?? null }
  return subject.customerId
    ? { ...base, source: "customer_account", proof: `customer:${subject.customerId}`, customer_id: subject.customerId }
    : { ...base, source: "guest_cart_form", proof: UNVERIFIED }
}

/**
 * Records the shopper's opt-in or opt-out (e.g. the checkout's "email me about my cart" box) in the consent
 * ledger. A guest's opt-in is unverified: for a double-opt-in flow it mails a confirmation link; it never lifts
 * a verified opt-out (unsubscribe link, customer, owner). A guest's answer follows the flow's rule only
 * (`pending_confirmation`), never the address's history; the logged-in customer also reads `in_effect`.
 */
export async function POST(req: MedusaRequest<PostTouchpointsEmailConsentType>, res: MedusaResponse) {
  const body = req.validatedBody
  const subject = await consentSubjectOf(req, body.cart_id)
  const { result } = await recordEmailConsentWorkflow(req.scope).run({ input: entryOf(subject, body) })
  const recorded = {
    flow: result.flow,
    granted: result.granted,
    source: result.source,
    recorded_at: result.recorded_at,
  }
  if (!subject.customerId) {
    const policy = await req.scope.resolve<EmailModuleService>(EMAIL_MODULE).consentPolicy()
    res.json({
      consent: {
        ...recorded,
        pending_confirmation: result.granted && unverifiedOptInWaits(result.flow, policy),
      },
    })
    return
  }
  res.json({
    consent: {
      ...recorded,
      pending_confirmation: result.pending_confirmation,
      in_effect: result.effective === result.granted,
    },
  })
}
