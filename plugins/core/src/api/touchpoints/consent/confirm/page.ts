/** The double-opt-in link's pages (no scripts; the button posts the form). */
import { escapeHtml, htmlPage as page } from "../../../../lib/html-page"

export { consentFlowLabel } from "../../../../modules/email/lib/consent-entry"

export function askPage(flowLabel: string, shopName: string): string {
  return page(
    "Confirm your subscription",
    `<p>Send ${escapeHtml(flowLabel)} from ${escapeHtml(shopName)} to this address?</p>
<form method="post"><button type="submit" name="confirm" value="yes">Yes, confirm</button></form>
<p>If you did not ask for this, close this page: nothing is sent unless you confirm.</p>`,
    shopName
  )
}

export function confirmedPage(flowLabel: string, shopName: string): string {
  return page(
    "Thank you",
    `<p>You confirmed: we will send you ${escapeHtml(flowLabel)}. Every email has a link to stop them.</p>`,
    shopName
  )
}

export function invalidPage(shopName: string): string {
  return page(
    "Link not recognised",
    "<p>This confirmation link is not valid. Please use the link from the email.</p>",
    shopName
  )
}

export function expiredPage(shopName: string): string {
  return page(
    "This link has expired",
    "<p>This confirmation link is too old. Sign up again and use the link in the new email.</p>",
    shopName
  )
}
