import type { Page } from "playwright-core"
import { requireBackend } from "./helpers/backend"
import { useHarness } from "./helpers/harness"
import { someVariant } from "./helpers/store"

type SentEvent = Record<string, unknown> & { type: string }

/** Every event the page sends to POST /store/touchpoints/events, with the backend's answers. */
function recordEvents(page: Page): { events: SentEvent[]; statuses: number[] } {
  const recorder = { events: [] as SentEvent[], statuses: [] as number[] }
  page.on("requestfinished", async (request) => {
    if (!request.url().endsWith("/store/touchpoints/events") || request.method() !== "POST") return
    recorder.events.push(...(request.postDataJSON() as { events: SentEvent[] }).events)
    recorder.statuses.push((await request.response())?.status() ?? 0)
  })
  return recorder
}

async function eventually(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`)
    await new Promise((done) => setTimeout(done, 50))
  }
}

describe("demo storefront (real backend)", () => {
  const harness = useHarness()

  it("should walk home, category, product, cart and account with the store API and track each step", async () => {
    requireBackend()
    const page = harness.page
    const recorder = recordEvents(page)
    const errors: string[] = []
    page.on("pageerror", (error) => errors.push(error.message))

    await harness.open("/demo/")
    await page.getByRole("button", { name: "Accept all" }).click()
    const cards = page.locator(".grid .card a")
    await cards
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(() => {
        throw new Error("The demo home page shows no products: seed the store the tests run against")
      })
    await eventually(() => recorder.events.some((event) => event.type === "page_view"), "page_view on home")

    const categoryLink = page.getByRole("navigation", { name: "Categories" }).getByRole("link").first()
    if ((await categoryLink.count()) > 0) {
      await categoryLink.click()
      await page.locator("h1").waitFor()
      await eventually(() => recorder.events.some((event) => event.type === "category_view"), "category_view")
      const view = recorder.events.find((event) => event.type === "category_view")
      expect(view?.category_id).toMatch(/^pcat_/)
      await page.goBack()
    }

    await cards.first().click()
    await page.getByRole("button", { name: "Add to cart" }).waitFor()
    await eventually(() => recorder.events.some((event) => event.type === "product_view"), "product_view")
    const productId = recorder.events.find((event) => event.type === "product_view")?.product_id
    expect(productId).toMatch(/^prod_/)
    // the product page leads on: "others also bought" (never empty: same-category best sellers fill it) and
    // three rows of next steps
    await page.getByRole("region", { name: "Customers also bought" }).locator('[part~="card"]').first().waitFor()
    await page.getByRole("navigation", { name: "More to explore" }).locator('[part~="card"]').first().waitFor()

    // into the cart: a product with stock left (the seed sells some out, and the first card may be one of them)
    const stocked = await someVariant()
    await page.goto(new URL(`product.html?handle=${stocked.handle}`, page.url()).href)
    await page.locator("#variant").selectOption(stocked.variantId)
    await page.getByLabel("Quantity").fill("2")
    await page.getByRole("button", { name: "Add to cart" }).click()
    await page.getByRole("status").getByText("Added.").waitFor()
    await eventually(() => recorder.events.some((event) => event.type === "add_to_cart"), "add_to_cart")
    const cartId = await page.evaluate(() => localStorage.getItem("tp_demo_cart_id"))
    expect(recorder.events.find((event) => event.type === "add_to_cart")).toMatchObject({
      product_id: stocked.productId,
      variant_id: stocked.variantId,
      quantity: 2,
      cart_id: cartId,
    })

    await page.getByRole("link", { name: /^Cart/ }).click()
    await page.getByRole("table").waitFor()
    expect(await page.getByRole("row").count()).toBeGreaterThanOrEqual(3)
    await page.getByRole("region", { name: "Complete your order" }).waitFor()
    await page.getByRole("button", { name: "Checkout" }).click()
    await eventually(() => recorder.events.some((event) => event.type === "checkout_started"), "checkout_started")
    expect(recorder.events.find((event) => event.type === "checkout_started")).toMatchObject({ cart_id: cartId })

    await page.getByRole("link", { name: "Account" }).click()
    await page.getByRole("heading", { name: "What this shop knows about this browser" }).waitFor()
    const profile = JSON.parse((await page.locator("pre.profile").textContent()) ?? "{}") as Record<string, unknown>
    expect(profile.id).toBe(await page.evaluate(() => localStorage.getItem("tp_visitor_id")))

    // a product page for a handle that never existed is no dead end either
    await harness.open("/demo/product.html?handle=a-product-that-never-was")
    await page.getByText("We could not find that product. Perhaps one of these?").waitFor()
    expect(
      await page.getByRole("navigation", { name: "More to explore" }).locator('[part~="card"]').count()
    ).toBeGreaterThan(0)

    expect(recorder.statuses.every((status) => status === 202)).toBe(true)
    expect(errors).toEqual([])
    expect((await harness.recorded()).errors).toEqual([])
  })
})
