/** Minimal, self-contained HTML pages for the unsubscribe link (no storefront needed, no scripts). */

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c)

/** "j***@example.com": enough for the owner of the mailbox to recognise it, not enough for whoever it was forwarded to. */
export function maskAddress(address: string): string {
  const [local, domain] = address.split("@")
  return `${local.slice(0, 1)}***@${domain}`
}

export function page(title: string, body: string, shopName: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)} · ${escapeHtml(shopName)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.5}
button{font:inherit;padding:.6rem 1rem;margin:.25rem 0;cursor:pointer}</style></head>
<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`
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

/** "cart-recovery" -> "cart recovery emails". */
export function flowLabel(flow: string): string {
  return `${flow.replace(/-/g, " ")} emails`
}
