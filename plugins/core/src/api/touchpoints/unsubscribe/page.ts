/** The unsubscribe link's pages. */
import { escapeHtml, htmlPage as page } from "../../../lib/html-page"

/** "j***@example.com": enough for the owner of the mailbox to recognise it, not enough for whoever it was forwarded to. */
export function maskAddress(address: string): string {
  const [local, domain] = address.split("@")
  return `${local.slice(0, 1)}***@${domain}`
}

export function confirmPage(address: string, flowLabel: string, shopName: string): string {
  return page(
    "Unsubscribe",
    `<p>Stop sending ${escapeHtml(flowLabel)} to ${escapeHtml(maskAddress(address))}?</p>
<form method="post"><button type="submit" name="scope" value="flow">Unsubscribe from ${escapeHtml(flowLabel)}</button>
<button type="submit" name="scope" value="all">Unsubscribe from every marketing email</button></form>`,
    shopName
  )
}

export function donePage(address: string, flowLabel: string, scope: "flow" | "all", shopName: string): string {
  const what = scope === "all" ? "any marketing email" : escapeHtml(flowLabel)
  return page(
    "You are unsubscribed",
    `<p>We will not send ${what} to ${escapeHtml(maskAddress(address))} any more.</p>`,
    shopName
  )
}

export function notFoundPage(shopName: string): string {
  return page(
    "Link not recognised",
    "<p>This unsubscribe link is not valid. Please use the link from the email.</p>",
    shopName
  )
}

/** An authentic link past its time: say so plainly, and how to stop the emails anyway. */
export function expiredPage(shop: { name: string; replyTo?: string; storefrontUrl: string }): string {
  const contact = shop.replyTo
    ? `write to <a href="mailto:${escapeHtml(shop.replyTo)}">${escapeHtml(shop.replyTo)}</a>`
    : `contact ${escapeHtml(shop.name)} through <a href="${escapeHtml(shop.storefrontUrl)}">its website</a>`
  return page(
    "This unsubscribe link has expired",
    `<p>This link is too old to use. To stop these emails, use the unsubscribe link in a more recent email from us, or ${contact} and we will unsubscribe you.</p>`,
    shop.name
  )
}

/** "cart-recovery" -> "cart recovery emails". */
export function flowLabel(flow: string): string {
  return `${flow.replace(/-/g, " ")} emails`
}
