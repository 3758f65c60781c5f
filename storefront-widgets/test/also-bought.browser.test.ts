import { requireBackend } from "./helpers/backend"
import { useHarness } from "./helpers/harness"
import { companionsOf, mount, partTexts, productWithBundle, recordEvents } from "./helpers/recommendations"
import { euroRegion, storeCall } from "./helpers/store"
import { focusedPart } from "./helpers/wishlist"

const FIXTURE = "/fixtures/recommendations.html"

/** Polls `check` until it holds (the test's own timeout bounds the wait). */
async function waitUntil(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 100))
}

interface CartAnswer {
  cart: { id: string; items: { product_id: string; variant_id: string; quantity: number }[] }
}

describe("<tp-also-bought>", () => {
  const harness = useHarness()

  describe("accessibility", () => {
    it("should be a named region of cards whose add buttons name their product and Tab reaches", async () => {
      requireBackend()
      const region = await euroRegion()
      const { productId } = await productWithBundle()
      const expected = await companionsOf(productId, 3)
      const page = await harness.open(FIXTURE, { defined: "tp-also-bought" })
      await mount(
        page,
        `<tp-also-bought product-id="${productId}" region-id="${region.id}" limit="3"></tp-also-bought>`
      )
      const widget = page.locator("tp-also-bought")
      await widget.locator('[part~="card"]').first().waitFor()

      expect(await page.getByRole("region", { name: "Customers also bought" }).count()).toBe(1)
      for (const companion of expected) {
        expect(await page.getByRole("button", { name: `Add ${companion.product.title} to cart` }).count()).toBe(1)
      }
      await page.locator("#before").focus()
      await page.keyboard.press("Tab")
      expect(await focusedPart(page, "tp-also-bought")).toBe("add")
      expect(await widget.locator('[role="status"]').count()).toBe(1)
      expect(await widget.locator('[role="alert"]').count()).toBe(1)
    })

    it("should leave its host's attributes and light DOM unchanged (hydration-safe)", async () => {
      const region = await euroRegion()
      const { productId } = await productWithBundle()
      const page = await harness.open(FIXTURE, { defined: "tp-also-bought" })
      const markup = `<tp-also-bought product-id="${productId}" region-id="${region.id}" limit="2"></tp-also-bought>`
      await mount(page, markup)
      await page.locator("tp-also-bought").locator('[part~="card"]').first().waitFor()
      expect(await page.evaluate(() => document.querySelector("tp-also-bought")?.outerHTML)).toBe(markup)
    })
  })

  describe("real backend", () => {
    it("should show what GET /store/products/:id/also-bought answers, with prices and reasons", async () => {
      const region = await euroRegion()
      const { productId } = await productWithBundle()
      const expected = await companionsOf(productId, 4)
      const page = await harness.open(FIXTURE, { defined: "tp-also-bought" })
      await mount(
        page,
        `<tp-also-bought product-id="${productId}" region-id="${region.id}" product-url-template="/products/{handle}"></tp-also-bought>`
      )
      await page
        .locator("tp-also-bought")
        .locator('[part~="card"]')
        .nth(expected.length - 1)
        .waitFor()
      expect(await partTexts(page, "tp-also-bought", "title")).toEqual(expected.map((c) => c.product.title))
      const prices = await partTexts(page, "tp-also-bought", "price")
      expected.forEach((companion, index) => {
        const amount = companion.product.price?.amount ?? 0
        expect(prices[index]).toContain(amount.toFixed(2))
      })
      const reasons = {
        rules: "Often bought together",
        pinned: "Recommended by the shop",
        fallback: "Popular in this category",
      }
      expect(await partTexts(page, "tp-also-bought", "why")).toEqual(expected.map((c) => reasons[c.source]))
      const hrefs = await page.evaluate(() =>
        [...(document.querySelector("tp-also-bought")?.shadowRoot?.querySelectorAll("h3 a") ?? [])].map((a) =>
          a.getAttribute("href")
        )
      )
      expect(hrefs).toEqual(expected.map((c) => `/products/${c.product.handle}`))
    })

    it("should add a product to a new cart, then to the same cart, firing tp:cart-changed", async () => {
      const region = await euroRegion()
      const { productId } = await productWithBundle()
      const [first, second] = await companionsOf(productId, 2)
      if (!first || !second) throw new Error("too few companions")
      const page = await harness.open(FIXTURE, { defined: "tp-also-bought" })
      await mount(
        page,
        `<tp-also-bought product-id="${productId}" region-id="${region.id}" limit="2"></tp-also-bought>`
      )
      await page.getByRole("button", { name: `Add ${first.product.title} to cart` }).click()
      await page.getByText(`Added ${first.product.title} to your cart.`).waitFor()
      await page.getByRole("button", { name: `Add ${second.product.title} to cart` }).click()
      await page.getByText(`Added ${second.product.title} to your cart.`).waitFor()

      const { cart: changes } = await harness.recorded()
      expect(changes.map((change) => change.reason)).toEqual(["also-bought", "also-bought"])
      expect(changes[0]?.cart_id).toBe(changes[1]?.cart_id)
      const { cart } = await storeCall<CartAnswer>(`/store/carts/${changes[0]?.cart_id}`)
      expect(cart.items.map((item) => item.variant_id).sort()).toEqual(
        [first.product.variant_id, second.product.variant_id].sort()
      )
      expect((await harness.recorded()).errors).toEqual([])
    })

    it("should send one impression when visible and a click per added product", async () => {
      const region = await euroRegion()
      const { productId } = await productWithBundle()
      const expected = await companionsOf(productId, 3)
      const page = await harness.open(FIXTURE, { defined: "tp-also-bought" })
      const events = recordEvents(page)
      // below the fold first: no impression until it is scrolled into view
      await mount(
        page,
        `<div style="height: 3000px"></div><tp-also-bought product-id="${productId}" region-id="${region.id}" limit="3"></tp-also-bought>`
      )
      await page.locator("tp-also-bought").locator('[part~="card"]').first().waitFor({ state: "attached" })
      // longer than the runtime's batching delay: an impression would have been sent by now
      await page.waitForTimeout(1500)
      expect(events.filter((event) => event.type === "recommendation_impression")).toEqual([])

      await page.locator("tp-also-bought").scrollIntoViewIfNeeded()
      const [first] = expected
      if (!first) throw new Error("no companion")
      await page.getByRole("button", { name: `Add ${first.product.title} to cart` }).click()
      await page.getByText(`Added ${first.product.title} to your cart.`).waitFor()
      // the runtime batches events for a second
      await waitUntil(() => events.some((event) => event.type === "recommendation_click"))
      const impressions = events.filter((event) => event.type === "recommendation_impression")
      expect(impressions).toHaveLength(1)
      expect(impressions[0]).toMatchObject({
        placement: "also_bought",
        anchor_product_id: productId,
        product_ids: expected.map((companion) => companion.product_id),
      })
      expect(events.find((event) => event.type === "recommendation_click")).toMatchObject({
        placement: "also_bought",
        anchor_product_id: productId,
        product_id: first.product_id,
      })
    })

    it("should recommend for a whole cart, nothing already in it", async () => {
      const region = await euroRegion()
      const { productId } = await productWithBundle()
      const [companion] = await companionsOf(productId, 1)
      if (!companion) throw new Error("no companion")
      const { cart } = await storeCall<CartAnswer>("/store/carts", { body: { region_id: region.id } })
      await storeCall(`/store/carts/${cart.id}/line-items`, {
        body: { variant_id: companion.product.variant_id, quantity: 1 },
      })
      const { companions: expected } = await storeCall<{
        companions: { product_id: string; product: { title: string } }[]
      }>(`/store/carts/${cart.id}/also-bought?limit=4`)
      const page = await harness.open(FIXTURE, { defined: "tp-also-bought" })
      await mount(page, `<tp-also-bought cart-id="${cart.id}" region-id="${region.id}"></tp-also-bought>`)
      await page.getByRole("region", { name: "Complete your order" }).waitFor()
      await page.locator("tp-also-bought").locator('[part~="card"]').first().waitFor()
      const titles = await partTexts(page, "tp-also-bought", "title")
      expect(titles).toEqual(expected.map((entry) => entry.product.title))
      expect(expected.map((entry) => entry.product_id)).not.toContain(companion.product_id)
    })

    it("should hide itself when there is nothing to show, and offer a retry after a failure", async () => {
      const page = await harness.open(FIXTURE, { defined: "tp-also-bought" })
      await mount(page, `<tp-also-bought product-id="prod_does_not_exist"></tp-also-bought>`)
      await page.getByRole("button", { name: "Try again" }).waitFor()
      expect((await partTexts(page, "tp-also-bought", "error"))[0]).toMatch(/could not be loaded/)
      expect((await harness.recorded()).errors.map((error) => error.status)).toEqual([404])
    })
  })
})
