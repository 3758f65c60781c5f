import { requireBackend } from "./helpers/backend"
import { useHarness } from "./helpers/harness"
import { mount, NO_BUNDLE_PRODUCT, partTexts, productWithBundle, recordEvents } from "./helpers/recommendations"
import { euroRegion, storeCall } from "./helpers/store"

const FIXTURE = "/fixtures/recommendations.html"

interface Cart {
  id: string
  discount_total: number
  items: { id: string; product_id: string; quantity: number }[]
  promotions?: { code: string }[]
}

const cartOf = async (id: string) =>
  (await storeCall<{ cart: Cart }>(`/store/carts/${id}?fields=id,discount_total,*items,*promotions`)).cart

describe("<tp-bundle>", () => {
  const harness = useHarness()

  it("should show the bundle the API answers: items, the saving and the total, in a named region", async () => {
    requireBackend()
    const region = await euroRegion()
    const { productId, bundle } = await productWithBundle()
    const page = await harness.open(FIXTURE, { defined: "tp-bundle" })
    const markup = `<tp-bundle product-id="${productId}" region-id="${region.id}"></tp-bundle>`
    await mount(page, markup)
    await page.getByRole("region", { name: "Frequently bought together" }).waitFor()

    const items = await page.evaluate(() =>
      [...(document.querySelector("tp-bundle")?.shadowRoot?.querySelectorAll('[part~="item"]') ?? [])].map((item) =>
        item.getAttribute("data-product-id")
      )
    )
    expect(items).toEqual(bundle.items.map((item) => item.product_id))
    const [first] = bundle.items
    expect(await page.getByText(`This item: ${first?.title}`).count()).toBe(1)
    const money = (amount: number) =>
      new Intl.NumberFormat("en", { style: "currency", currency: bundle.currency_code.toUpperCase() }).format(amount)
    expect(await partTexts(page, "tp-bundle", "total")).toEqual([money(bundle.total)])
    expect(await partTexts(page, "tp-bundle", "saving")).toEqual([
      `You save ${money(bundle.discount_total)} (${bundle.discount_percent}%)`,
    ])
    expect(await page.getByRole("button", { name: "Add all 3 to cart" }).count()).toBe(1)
    // hydration-safe: the host is as the page wrote it
    expect(await page.evaluate(() => document.querySelector("tp-bundle")?.outerHTML)).toBe(markup)
  })

  it("should add the whole bundle in one step, with Medusa's promotion discounting it while it is complete", async () => {
    const region = await euroRegion()
    const { productId, bundle } = await productWithBundle()
    const page = await harness.open(FIXTURE, { defined: "tp-bundle" })
    const events = recordEvents(page)
    await mount(page, `<tp-bundle product-id="${productId}" region-id="${region.id}"></tp-bundle>`)
    const add = page.getByRole("button", { name: "Add all 3 to cart" })
    await add.focus()
    await page.keyboard.press("Enter")
    await page.getByText(/Added the bundle to your cart: you save/).waitFor()

    const [change] = (await harness.recorded()).cart
    expect(change?.reason).toBe("bundle")
    const cart = await cartOf(change?.cart_id ?? "")
    expect(cart.items.map((item) => item.product_id).sort()).toEqual([...bundle.product_ids].sort())
    expect(cart.discount_total).toBeGreaterThan(0)
    expect(cart.promotions?.map((promotion) => promotion.code)).toEqual([expect.stringMatching(/^TP-BUNDLE-/)])

    // take one item out through the Store API: the discount goes
    const line = cart.items[1]
    if (!line) throw new Error("no second line")
    await storeCall(`/store/carts/${cart.id}/line-items/${line.id}`, { method: "DELETE" })
    expect((await cartOf(cart.id)).discount_total).toBe(0)

    while (!events.some((event) => event.type === "recommendation_click")) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(events.find((event) => event.type === "recommendation_click")).toMatchObject({
      placement: "bundle",
      anchor_product_id: productId,
    })
    expect((await harness.recorded()).errors).toEqual([])
  })

  it("should show nothing for a product without a bundle", async () => {
    const region = await euroRegion()
    const page = await harness.open(FIXTURE, { defined: "tp-bundle" })
    await mount(page, `<tp-bundle product-id="${NO_BUNDLE_PRODUCT}" region-id="${region.id}"></tp-bundle>`)
    await page.waitForResponse((response) => response.url().includes("/bundle?"))
    await page.waitForFunction(
      () => document.querySelector("tp-bundle")?.shadowRoot?.querySelector("section")?.hasAttribute("hidden") === true
    )
    expect(await page.getByRole("region").count()).toBe(0)
    expect((await harness.recorded()).errors).toEqual([])
  })
})
