import type { Page } from "playwright-core"
import type { Bundle, Companion } from "../../src/runtime/recommendation-types"
import { euroRegion, storeCall } from "./store"

/** Places widget markup in the recommendations fixture's `<main id="slot">` and waits until the tags are defined. */
export async function mount(page: Page, html: string): Promise<void> {
  await page.evaluate(async (markup) => {
    const slot = document.getElementById("slot")
    if (!slot) throw new Error("not the recommendations fixture")
    slot.innerHTML = markup
    await Promise.all(["tp-also-bought", "tp-bundle", "tp-next-steps"].map((tag) => customElements.whenDefined(tag)))
  }, html)
}

/** Companions as the API answers them (what the widget must show). */
export async function companionsOf(productId: string, limit = 4): Promise<Companion[]> {
  const region = await euroRegion()
  const { companions } = await storeCall<{ companions: Companion[] }>(
    `/store/products/${productId}/also-bought?limit=${limit}&region_id=${region.id}`
  )
  return companions
}

let anchorPromise: Promise<{ productId: string; bundle: Bundle }> | undefined
/** A seeded product with statistics behind its companions and a bundle of three (the demo's themes make many). */
export function productWithBundle(): Promise<{ productId: string; bundle: Bundle }> {
  anchorPromise ??= (async () => {
    const region = await euroRegion()
    const { products } = await storeCall<{ products: { id: string }[] }>("/store/products?limit=100&fields=id")
    for (const { id } of products) {
      const companions = await companionsOf(id)
      if (companions.filter((companion) => companion.source === "rules").length < 2) continue
      try {
        const { bundle } = await storeCall<{ bundle: Bundle }>(`/store/products/${id}/bundle?region_id=${region.id}`)
        if (bundle.items.length === 3) return { productId: id, bundle }
      } catch {
        // no bundle for this one: try the next
      }
    }
    throw new Error("no seeded product has a bundle of three: seed the demo store")
  })()
  return anchorPromise
}

/** A product id the bundle route answers 404 for (an unknown product). */
export const NO_BUNDLE_PRODUCT = "prod_does_not_exist"

/** Bodies of the page's `POST /store/touchpoints/events` requests, as sent. */
export function recordEvents(page: Page): { type: string; [field: string]: unknown }[] {
  const events: { type: string; [field: string]: unknown }[] = []
  page.on("request", (request) => {
    if (request.method() === "POST" && request.url().endsWith("/store/touchpoints/events")) {
      const body = request.postDataJSON() as { events: { type: string }[] }
      events.push(...body.events)
    }
  })
  return events
}

/** The shadow-DOM texts of a widget's parts named `part`. */
export function partTexts(page: Page, tag: string, part: string): Promise<string[]> {
  return page.evaluate(
    ([name, wanted]) =>
      [...(document.querySelector(name)?.shadowRoot?.querySelectorAll(`[part~="${wanted}"]`) ?? [])].map(
        (node) => node.textContent?.trim() ?? ""
      ),
    [tag, part] as const
  )
}
