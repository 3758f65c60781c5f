import type { Page } from "playwright-core"
import type { Wishlist } from "../../src/runtime/wishlist-types"
import { storeCall } from "./store"

/** Places widget markup in the wishlist fixture's `<main id="slot">` and waits until the tags are defined. */
export async function mount(page: Page, html: string): Promise<void> {
  await page.evaluate(async (markup) => {
    const slot = document.getElementById("slot")
    if (!slot) throw new Error("not the wishlist fixture")
    slot.innerHTML = markup
    await Promise.all(
      ["tp-wishlist-button", "tp-save-for-later", "tp-wishlist"].map((tag) => customElements.whenDefined(tag))
    )
  }, html)
}

/** The `part` of the element focused inside the widget `tag` ("" when focus is elsewhere). */
export function focusedPart(page: Page, tag: string): Promise<string> {
  return page.evaluate((name) => {
    const host = document.activeElement
    if (host?.localName !== name) return ""
    return host.shadowRoot?.activeElement?.getAttribute("part") ?? ""
  }, tag)
}

/** The guest token the page stored (localStorage `tp_wishlist_token`). */
export function guestToken(page: Page): Promise<string | null> {
  return page.evaluate(() => localStorage.getItem("tp_wishlist_token"))
}

/** The lists as the backend has them for this guest token (or customer token), read from Node. */
export async function listsOf(auth: { guest?: string | null; customer?: string }): Promise<Wishlist[]> {
  const headers: Record<string, string> = {}
  if (auth.guest) headers["x-wishlist-token"] = auth.guest
  if (auth.customer) headers.authorization = `Bearer ${auth.customer}`
  const { wishlists } = await storeCall<{ wishlists: Wishlist[] }>("/store/wishlists", { headers })
  return wishlists
}

/** Every variant id in the lists. */
export function savedVariants(lists: Wishlist[]): string[] {
  return lists.flatMap((list) => list.items.map((item) => item.variant_id))
}

/** Requests the page made to a path (method + pathname), recorded from now on. */
export function recordRequests(page: Page, match: RegExp): { method: string; path: string }[] {
  const seen: { method: string; path: string }[] = []
  page.on("request", (request) => {
    const url = new URL(request.url())
    if (match.test(url.pathname)) seen.push({ method: request.method(), path: `${url.pathname}${url.search}` })
  })
  return seen
}
