import { registerCustomer } from "../../../test/helpers/offers"
import { placeCustomerOrder } from "../../../test/helpers/orders"
import { productWithBundle } from "../../../test/helpers/recommendations"
import { catalog, euroRegion } from "../../../test/helpers/store"
import { guestToken, listsOf } from "../../../test/helpers/wishlist"
import { logIn } from "./helpers/account"
import { addThroughProductPage } from "./helpers/cart"
import { handleOf, inStockVariantOf } from "./helpers/catalog"
import { becomeMember, useRunOffer } from "./helpers/offer"
import { APP, useShop } from "./helpers/shop"
import { hydrationProblems, waitForParts, waitForShadowText } from "./helpers/widgets"

describe("the example's pages (next start, real backend)", () => {
  const shop = useShop()
  const runOffer = useRunOffer()

  it("should show the consent banner from the layout and send the held events through the route handler", async () => {
    const shopper = await shop.shopper({ consent: "ask" })
    const page = await shopper.open("/privacy")
    const banner = page.getByRole("region", { name: "Privacy choices" })
    await banner.waitFor()
    const consent = page.waitForResponse((answer) =>
      answer.url().endsWith("/api/touchpoints/store/touchpoints/consent")
    )
    const events = page.waitForResponse((answer) => answer.url().endsWith("/api/touchpoints/store/touchpoints/events"))
    await banner.getByRole("button", { name: "Accept all" }).click()
    expect((await consent).ok()).toBe(true)
    const sent = await events
    expect(sent.ok()).toBe(true)
    const body = sent.request().postDataJSON() as { events: { type: string; url?: string }[] }
    expect(body.events).toEqual(expect.arrayContaining([expect.objectContaining({ type: "page_view" })]))
    await banner.waitFor({ state: "hidden" })
    expect(shopper.problems).toEqual([])
  })

  it("should link the consent banner to the shop's privacy page, which answers 200", async () => {
    const shopper = await shop.shopper({ consent: "ask" })
    const page = await shopper.open("/")
    const link = page.getByRole("region", { name: "Privacy choices" }).getByRole("link", { name: "Privacy policy" })
    await link.waitFor()
    // the banner resolves privacy-url="/privacy" against the page
    const href = (await link.getAttribute("href")) ?? ""
    expect(href).toBe(`${APP}/privacy`)
    const answer = await page.request.get(href, { maxRedirects: 0 })
    expect(answer.status()).toBe(200)
    await link.click()
    await page.waitForURL(`${APP}/privacy`)
    await page.getByRole("heading", { level: 1, name: "Privacy" }).waitFor()
    expect(shopper.problems).toEqual([])
  })

  it("should show a member the home page's offer banner above the product grid", async () => {
    const run = runOffer()
    const shopper = await shop.shopper({ consent: "ask" })
    await becomeMember(shopper.page, run.medium)
    await shopper.page.reload()
    const offer = shopper.page.getByRole("region", { name: run.headline })
    await offer.getByText("You have visited 3 times without buying yet").waitFor()
    expect(await shopper.page.locator(".grid .card").count()).toBeGreaterThan(0)
    expect(shopper.problems).toEqual([])
  })

  it("should render the product page's wishlist button, bundle, also-bought cards and next steps", async () => {
    const { productId, bundle } = await productWithBundle()
    const shopper = await shop.shopper()
    const page = await shopper.open(`/products/${await handleOf(productId)}`)
    await page.locator("tp-wishlist-button").getByRole("button", { name: "Save to wishlist" }).waitFor()
    await waitForShadowText(page, "tp-bundle", `Add all ${bundle.items.length} to cart`)
    await waitForShadowText(page, "tp-also-bought", "Customers also bought")
    expect((await waitForParts(page, "tp-next-steps", "heading")).length).toBeGreaterThan(0)
    expect(shopper.problems).toEqual([])
  })

  it("should save the variant the shopper picked, with the region's price, from the product page's heart", async () => {
    const { inStock } = await catalog()
    // a variant that is not its product's first: the page shows the first unless ?v_id= picks another
    const picked = inStock.find(
      (entry, index) => inStock.findIndex((other) => other.productId === entry.productId) < index
    )
    if (!picked) throw new Error("no product with two variants in stock: seed the demo store")
    const region = await euroRegion()
    const shopper = await shop.shopper()
    const page = await shopper.open(`/products/${picked.handle}?v_id=${encodeURIComponent(picked.variantId)}`)
    const heart = page.locator("tp-wishlist-button")
    expect(await heart.getAttribute("variant-id")).toBe(picked.variantId)
    expect(await heart.getAttribute("product-id")).toBe(picked.productId)
    expect(await heart.getAttribute("region-id")).toBe(region.id)

    const saved = page.waitForResponse(
      (answer) => answer.url().includes("/api/touchpoints/store/wishlists/default/items") && answer.ok()
    )
    await heart.getByRole("button", { name: "Save to wishlist" }).click()
    const request = (await saved).request().postDataJSON() as { variant_id?: string; region_id?: string }
    expect(request).toEqual(expect.objectContaining({ variant_id: picked.variantId, region_id: region.id }))
    await heart.getByRole("button", { name: "Save to wishlist", pressed: true }).waitFor()
    const token = await guestToken(page)
    const item = (await listsOf({ guest: token })).flatMap((list) => list.items)[0]
    expect(item?.variant_id).toBe(picked.variantId)
    expect(item?.saved_price).toEqual(expect.objectContaining({ currency_code: region.currency_code }))
    expect(shopper.problems).toEqual([])
  })

  it("should track the product page's product_view (TouchpointsTrack) through the route handler", async () => {
    const { productId } = await productWithBundle()
    const shopper = await shop.shopper({ consent: "all" })
    const sent = shopper.page.waitForRequest(
      (request) => request.url().endsWith("/api/touchpoints/store/touchpoints/events") && request.method() === "POST"
    )
    await shopper.open(`/products/${await handleOf(productId)}`)
    const body = (await sent).postDataJSON() as { events: { type: string; product_id?: string }[] }
    expect(body.events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: "page_view" }),
        expect.objectContaining({ type: "product_view", product_id: productId }),
      ])
    )
    expect(shopper.problems).toEqual([])
  })

  it("should lead on from an unknown product with <tp-next-steps handle> and answer 404", async () => {
    const shopper = await shop.shopper()
    const answer = await shopper.page.goto(`${APP}/products/no-such-thing`)
    expect(answer?.status()).toBe(404)
    await shopper.page.evaluate(() => customElements.whenDefined("tp-next-steps"))
    await waitForShadowText(shopper.page, "tp-next-steps", "We could not find that product")
    // the page's own 404 and the next-steps route's 404 ("unknown handle") are the only failed loads
    expect(shopper.problems.filter((problem) => !problem.includes("status of 404"))).toEqual([])
  })

  it("should render a save-for-later button per cart line, the saved list and the cart's companions", async () => {
    const { productId } = await productWithBundle()
    const shopper = await shop.shopper()
    await addThroughProductPage(shopper.page, await inStockVariantOf(productId))
    const page = shopper.page
    const lines = await page.locator("tr[data-line-id]").count()
    expect(lines).toBe(1)
    await page.locator("tp-save-for-later").getByRole("button", { name: "Save for later" }).waitFor()
    await page.locator("tp-wishlist").getByRole("region", { name: "Your wishlists" }).waitFor()
    await waitForShadowText(page, "tp-also-bought", "Complete your order")
    expect(shopper.problems).toEqual([])
  })

  it("should render a logged-in customer's wishlist on the account page", async () => {
    const customer = await registerCustomer()
    const shopper = await shop.shopper()
    await logIn(shopper.page, customer.email)
    await shopper.page.locator("tp-wishlist").getByRole("region", { name: "Your wishlists" }).waitFor()
    expect(shopper.problems).toEqual([])
  })

  it("should render the feedback survey of the customer's order on the confirmation page", async () => {
    const customer = await registerCustomer()
    const { orderId } = await placeCustomerOrder(customer.email)
    const shopper = await shop.shopper()
    await logIn(shopper.page, customer.email)
    const page = await shopper.open(`/order/${orderId}/confirmed`)
    await page.getByRole("heading", { name: "Thank you!" }).waitFor()
    await page
      .locator("tp-feedback-survey")
      .getByRole("radio", { name: /^7 out of 10/ })
      .waitFor()
    expect(shopper.problems).toEqual([])
  })

  it("should hydrate every page without a console error or hydration warning, also on client-side navigation", async () => {
    const customer = await registerCustomer()
    const { productId } = await productWithBundle()
    const variant = await inStockVariantOf(productId)
    const { handle } = variant
    const shopper = await shop.shopper()
    const page = shopper.page
    await logIn(page, customer.email)
    await addThroughProductPage(page, variant)
    for (const path of ["/", `/products/${handle}`, "/cart", "/account", "/privacy", "/wishlist"]) {
      await shopper.open(path)
      // give every widget time to load and render
      await page.waitForLoadState("networkidle")
    }
    // client-side navigations: the layout stays, the widgets of the new page connect
    await page.getByRole("link", { name: "Touchpoints shop" }).click()
    await page.locator(".grid .card a").first().click()
    await page.locator("tp-next-steps").waitFor()
    await page.getByRole("link", { name: "Cart" }).click()
    await page.locator("tp-save-for-later").first().waitFor()
    await page.waitForLoadState("networkidle")
    expect(hydrationProblems(shopper.problems)).toEqual([])
    expect(shopper.problems).toEqual([])
  })

  it("should notice a hydration mismatch (a check of this file's own detector)", async () => {
    const shopper = await shop.shopper()
    // the server's HTML says something else than its RSC payload: React must complain
    await shopper.page.route(`${APP}/privacy`, async (route) => {
      const answer = await route.fetch()
      const html = (await answer.text()).replace(">Privacy</a></footer>", ">Privacy policy</a></footer>")
      await route.fulfill({ response: answer, body: html })
    })
    await shopper.open("/privacy")
    await shopper.page.waitForLoadState("networkidle")
    expect(hydrationProblems(shopper.problems)).not.toEqual([])
  })
})
