import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { EMAIL_MODULE } from "../../../../modules/email"
import { verifyUnsubscribeToken } from "../../../../modules/email/lib/unsubscribe-token"
import type EmailModuleService from "../../../../modules/email/service"
import { recordEmailConsentWorkflow } from "../../../../workflows/email/record-email-consent"
import { confirmPage, donePage, flowLabel, notFoundPage } from "../page"
import type { PostUnsubscribeType } from "../validators"

function sendPage(res: MedusaResponse, status: number, html: string) {
  res.status(status).set("Cache-Control", "no-store").type("html").send(html)
}

/** The address and flow of the link's token, or null after answering the "not recognised" page. */
function targetOrNotFound(req: MedusaRequest, res: MedusaResponse) {
  const { settings } = req.scope.resolve<EmailModuleService>(EMAIL_MODULE)
  const target = verifyUnsubscribeToken(settings.keys, req.params.token)
  if (!target) sendPage(res, 404, notFoundPage(settings.shop.name))
  return target ? { ...target, shopName: settings.shop.name } : null
}

/** The page an unsubscribe link opens: it asks, it does not act (link scanners fetch GET links). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const target = targetOrNotFound(req, res)
  if (!target) return
  const { shopName } = target
  sendPage(res, 200, confirmPage(target.address, flowLabel(target.flow), shopName))
}

/**
 * RFC 8058 one-click unsubscribe (mail clients POST `List-Unsubscribe=One-Click`) and the confirm page's form.
 * Needs no cookie and no key: the signed token is the authority, for its own address and flow only.
 */
export async function POST(req: MedusaRequest<PostUnsubscribeType>, res: MedusaResponse) {
  const target = targetOrNotFound(req, res)
  if (!target) return
  const { shopName } = target
  const scope = req.validatedBody.scope ?? "flow"
  await recordEmailConsentWorkflow(req.scope).run({
    input: {
      address: target.address,
      flow: scope === "all" ? "*" : target.flow,
      granted: false,
      source: req.validatedBody["List-Unsubscribe"] ? "one-click-unsubscribe" : "unsubscribe-page",
    },
  })
  sendPage(res, 200, donePage(target.address, flowLabel(target.flow), scope, shopName))
}
