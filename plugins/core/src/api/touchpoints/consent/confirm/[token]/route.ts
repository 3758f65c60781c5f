import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { EMAIL_MODULE } from "../../../../../modules/email"
import { verifyConsentConfirmationToken } from "../../../../../modules/email/lib/consent-confirmation-token"
import type { ConsentEntry } from "../../../../../modules/email/lib/consent-entry"
import { UNVERIFIED } from "../../../../../modules/email/lib/consent-entry"
import type EmailModuleService from "../../../../../modules/email/service"
import { confirmEmailConsentWorkflow } from "../../../../../workflows/email/confirm-email-consent"
import { askPage, confirmedPage, consentFlowLabel, expiredPage, invalidPage } from "../page"

function sendPage(res: MedusaResponse, status: number, html: string) {
  res.status(status).set("Cache-Control", "no-store").type("html").send(html)
}

/**
 * The unverified opt-in the link confirms, or null after answering why not: a forged or other-purpose token
 * (404), an expired one (410), or one naming no pending opt-in.
 */
async function pendingOrAnswer(req: MedusaRequest, res: MedusaResponse): Promise<ConsentEntry | null> {
  const emails = req.scope.resolve<EmailModuleService>(EMAIL_MODULE)
  const shopName = emails.settings.shop.name
  const verified = verifyConsentConfirmationToken(emails.settings.keys, req.params.token)
  if (!verified.ok) {
    sendPage(
      res,
      verified.reason === "expired" ? 410 : 404,
      verified.reason === "expired" ? expiredPage(shopName) : invalidPage(shopName)
    )
    return null
  }
  const entry = await emails.consentEntry(verified.entryId)
  if (!entry?.granted || entry.proof !== UNVERIFIED) {
    sendPage(res, 404, invalidPage(shopName))
    return null
  }
  return entry
}

/** The page the confirmation link opens: it asks, it does not act (mail scanners fetch every GET link). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const pending = await pendingOrAnswer(req, res)
  if (!pending) return
  const { settings } = req.scope.resolve<EmailModuleService>(EMAIL_MODULE)
  sendPage(res, 200, askPage(consentFlowLabel(pending.flow), settings.shop.name))
}

/** The confirm button: the address's owner opts in (a verified opt-in, source double_opt_in). */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const pending = await pendingOrAnswer(req, res)
  if (!pending) return
  await confirmEmailConsentWorkflow(req.scope).run({ input: { pending } })
  const { settings } = req.scope.resolve<EmailModuleService>(EMAIL_MODULE)
  sendPage(res, 200, confirmedPage(consentFlowLabel(pending.flow), settings.shop.name))
}
