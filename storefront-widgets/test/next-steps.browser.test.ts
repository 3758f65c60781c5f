import type { NextSteps } from "../src/runtime/recommendation-types"
import { requireBackend } from "./helpers/backend"
import { useHarness } from "./helpers/harness"
import { mount, recordEvents } from "./helpers/recommendations"
import { catalog, euroRegion, storeCall } from "./helpers/store"

const FIXTURE = "/fixtures/recommendations.html"

/** Titles per row as the widget shows them. */
function rows(page: import("playwright-core").Page) {
  return page.evaluate(() =>
    [...(document.querySelector("tp-next-steps")?.shadowRoot?.querySelectorAll('[part~="group"]') ?? [])].map(
      (group) => ({
        title: group.querySelector("h2")?.textContent ?? "",
        cards: [...group.querySelectorAll('[part~="card"]')].map((card) => card.getAttribute("data-product-id")),
      })
    )
  )
}

async function discontinuedHandle(): Promise<string> {
  const { products } = await storeCall<{ products: { handle: string; metadata?: Record<string, unknown> | null }[] }>(
    "/store/products?limit=200&fields=handle,metadata"
  )
  const product = products.find((entry) => entry.metadata?.discontinued === true)
  if (!product) throw new Error("the demo seed has no discontinued product")
  return product.handle
}

describe("<tp-next-steps>", () => {
  const harness = useHarness()

  it("should give a sold-out product three rows of in-stock links, navigable with the arrow keys", async () => {
    requireBackend()
    const region = await euroRegion()
    // a product sold out in every variant (some seeded products have only one variant sold out)
    let product: { productId: string } | undefined
    let expected: NextSteps | undefined
    for (const candidate of (await catalog()).soldOut) {
      const answer = await storeCall<NextSteps>(
        `/store/products/${candidate.productId}/next-steps?region_id=${region.id}&limit=4`
      )
      if (answer.product.sold_out) {
        product = candidate
        expected = answer
        break
      }
    }
    if (!product || !expected) throw new Error("the demo seed has no sold-out product")
    const page = await harness.open(FIXTURE, { defined: "tp-next-steps" })
    const events = recordEvents(page)
    const markup = `<tp-next-steps product-id="${product.productId}" region-id="${region.id}" limit="4"></tp-next-steps>`
    await mount(page, markup)
    await page.getByRole("navigation", { name: "More to explore" }).waitFor()
    await page.locator("tp-next-steps").locator('[part~="card"]').first().waitFor()

    expect(await rows(page)).toEqual(
      expected.groups.map((group) => ({ title: group.title, cards: group.items.map((item) => item.product_id) }))
    )
    expect((await rows(page)).map((row) => row.cards.length)).toEqual([4, 4, 4])
    expect(await page.getByText("Sold out right now: these are in stock.").count()).toBe(1)
    expect(await page.evaluate(() => document.querySelector("tp-next-steps")?.outerHTML)).toBe(markup)

    // Tab reaches the first card; the arrow keys move along the row
    await page.locator("#before").focus()
    await page.keyboard.press("Tab")
    const focused = () =>
      page.evaluate(() =>
        document.querySelector("tp-next-steps")?.shadowRoot?.activeElement?.getAttribute("data-product-id")
      )
    const firstRow = expected.groups[0]?.items.map((item) => item.product_id) ?? []
    const soldOutId = product.productId
    expect(await focused()).toBe(firstRow[0])
    await page.keyboard.press("ArrowRight")
    expect(await focused()).toBe(firstRow[1])
    await page.keyboard.press("End")
    expect(await focused()).toBe(firstRow[firstRow.length - 1])

    // impressions per visible row go out through the runtime (consent is not required on this fixture)
    while (!events.some((event) => event.type === "recommendation_impression")) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(events.find((event) => event.type === "recommendation_impression")).toMatchObject({
      placement: "next_steps",
      anchor_product_id: soldOutId,
    })
  })

  it("should lead on from a discontinued product's page (410) and from an unknown handle (404)", async () => {
    const region = await euroRegion()
    const page = await harness.open(FIXTURE, { defined: "tp-next-steps" })
    const loads: { status: number }[] = []
    await page.exposeFunction("recordLoad", (detail: { status: number }) => loads.push(detail))
    await page.evaluate(() =>
      document.addEventListener("tp-next-steps-load", (event) =>
        (window as unknown as { recordLoad: (d: unknown) => void }).recordLoad({ status: event.detail.status })
      )
    )
    const handle = await discontinuedHandle()
    await mount(page, `<tp-next-steps handle="${handle}" region-id="${region.id}"></tp-next-steps>`)
    await page.getByText(/is no longer available\. These might suit you instead:/).waitFor()
    expect((await rows(page)).every((row) => row.cards.length > 0)).toBe(true)

    await mount(page, `<tp-next-steps handle="a-product-that-never-was" region-id="${region.id}"></tp-next-steps>`)
    await page.getByText("We could not find that product. Perhaps one of these?").waitFor()
    expect((await rows(page)).map((row) => row.cards.length)).toEqual([4, 4, 4])
    while (loads.length < 2) await new Promise((resolve) => setTimeout(resolve, 50))
    expect(loads.map((load) => load.status)).toEqual([410, 404])
    expect((await harness.recorded()).errors).toEqual([])
  })
})
