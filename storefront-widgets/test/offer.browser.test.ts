import type { Page } from "playwright-core"
import type { OfferView } from "../src/runtime/offer-types"
import { adminCall } from "./helpers/admin"
import { requireBackend } from "./helpers/backend"
import { type Harness, useHarness } from "./helpers/harness"
import {
  createRunOffer,
  customerVisits,
  emailedOfferLink,
  pauseOtherOffers,
  type RunOffer,
  registerCustomer,
  resumeOffers,
  retireRunOffer,
  setOfferStatus,
  visitInPage,
} from "./helpers/offers"
import { createCart, someVariant, storeCall } from "./helpers/store"
import { returningVisits } from "./helpers/visitor-clock"

const FIXTURE = "/fixtures/offer.html"
const REASON = "You have visited 3 times without buying yet"

/** Opens the offer fixture and resolves with what the element loaded (null: no offer) once it has. */
async function openOffer(harness: Harness, query = ""): Promise<OfferView | null> {
  const page = await harness.open(`${FIXTURE}${query}`, { defined: "tp-offer" })
  await page.waitForFunction(() => (window.__offerLoads?.length ?? 0) > 0)
  return page.evaluate(() => window.__offerLoads?.at(-1) ?? null)
}

/** How much room the element takes, and what a screen reader finds in it. */
function footprint(page: Page) {
  return page.evaluate(() => {
    const element = document.querySelector("tp-offer")
    if (!element) throw new Error("no <tp-offer> on the page")
    const shadow = element.shadowRoot
    return {
      height: element.getBoundingClientRect().height,
      display: getComputedStyle(element).display,
      visibleParts: [...(shadow?.querySelectorAll("[part]") ?? [])].filter((node) => node.getClientRects().length)
        .length,
    }
  })
}

/** Whether `locator`'s element has focus inside its shadow root. */
function hasFocus(locator: ReturnType<Page["locator"]>): Promise<boolean> {
  return locator.evaluate((node) => node === (node.getRootNode() as ShadowRoot).activeElement)
}

/** The `kind` of every offer event the page reports, in order. */
function recordOfferEvents(page: Page, offerId: string): string[] {
  const kinds: string[] = []
  page.on("request", (request) => {
    if (request.method() === "POST" && request.url().endsWith(`/store/offers/${offerId}/events`)) {
      kinds.push((request.postDataJSON() as { kind: string }).kind)
    }
  })
  return kinds
}

/** Resolves with `{ recorded }` of the page's next `kind` report for the offer. */
async function nextOfferEvent(page: Page, offerId: string, kind: string): Promise<{ recorded: boolean }> {
  const response = await page.waitForResponse(
    (answer) =>
      answer.url().endsWith(`/store/offers/${offerId}/events`) &&
      (answer.request().postDataJSON() as { kind: string }).kind === kind
  )
  return (await response.json()) as { recorded: boolean }
}

/** The cart as the store API has it now (read from Node). */
async function cartNow(cartId: string) {
  const { cart } = await storeCall<{ cart: { discount_total: number; promotions: { code: string }[] } }>(
    `/store/carts/${cartId}?fields=id,discount_total,*promotions`
  )
  return { discountTotal: cart.discount_total, codes: cart.promotions.map((promotion) => promotion.code) }
}

describe("<tp-offer> (real backend)", () => {
  const harness = useHarness()
  let run: RunOffer | undefined
  let paused: string[] = []

  beforeAll(async () => {
    requireBackend()
    run = await createRunOffer()
    paused = await pauseOtherOffers(run)
  })
  afterAll(async () => {
    await resumeOffers(paused)
    await retireRunOffer(run)
  })
  beforeEach(async () => {
    await harness.context.addInitScript(() => {
      window.__offerLoads = []
      document.addEventListener("tp-offer-load", (event) => window.__offerLoads?.push(event.detail.offer))
    })
  })

  const offer = (): RunOffer => {
    if (!run) throw new Error("the run's offer was not created")
    return run
  }

  it("should be a named region whose real button applies the offer to the cart with the keyboard alone", async () => {
    const { offerId, code, headline, medium } = offer()
    await openOffer(harness)
    await visitInPage(harness.page, 3, medium, 4)
    const cart = await createCart([await someVariant()])
    const kinds = recordOfferEvents(harness.page, offerId)
    const shown = nextOfferEvent(harness.page, offerId, "shown")

    const loaded = await openOffer(harness, `?placement=cart&cart-id=${cart.id}`)
    expect(loaded).toMatchObject({ id: offerId, code, reason: REASON })
    const page = harness.page
    const region = page.getByRole("region", { name: headline })
    await region.waitFor()
    await region.getByText(REASON).waitFor()
    await region.getByText("10% off", { exact: true }).waitFor()
    expect(await shown).toEqual({ recorded: true })

    // Tab from the link above lands on the real button; Enter applies
    const apply = region.getByRole("button", { name: "Apply to cart" })
    await page.locator("#above a").focus()
    await page.keyboard.press("Tab")
    expect(await hasFocus(apply)).toBe(true)
    const clicked = nextOfferEvent(page, offerId, "clicked")
    await page.keyboard.press("Enter")
    await region
      .getByRole("status")
      .getByText(new RegExp(`^Code ${code} is applied to your cart\\. You save €\\d+\\.\\d\\d\\.$`))
      .waitFor()
    await clicked

    const after = await cartNow(cart.id)
    expect(after.codes).toContain(code)
    expect(after.discountTotal).toBeGreaterThan(0)
    const recorded = await harness.recorded()
    expect(recorded.cart).toEqual([{ cart_id: cart.id, reason: "offer" }])
    expect(recorded.errors).toEqual([])
    // focus stays on the button, which now says it is done
    const done = region.getByRole("button", { name: "Applied" })
    expect(await hasFocus(done)).toBe(true)
    expect(await done.getAttribute("aria-disabled")).toBe("true")
    expect(kinds).toEqual(["shown", "clicked"])
    // nothing was added to the host: it renders only into its shadow root
    expect(await page.evaluate(() => document.querySelector("tp-offer")?.outerHTML)).toBe(
      `<tp-offer placement="cart" cart-id="${cart.id}"></tp-offer>`
    )

    // a later page knows the code is on the cart already
    await openOffer(harness, `?placement=cart&cart-id=${cart.id}`)
    await harness.page.getByRole("button", { name: "Applied" }).waitFor()
  })

  it("should take no space for a fresh visitor and appear with its reason after the third visit", async () => {
    const { offerId, headline, medium } = offer()
    expect(await openOffer(harness, "?placement=home")).toBeNull()
    expect(await footprint(harness.page)).toEqual({ height: 0, display: "none", visibleParts: 0 })

    await visitInPage(harness.page, 2, medium, 4)
    expect(await openOffer(harness, "?placement=home")).toBeNull()
    expect(await footprint(harness.page)).toEqual({ height: 0, display: "none", visibleParts: 0 })
    expect(await harness.page.getByRole("region").count()).toBe(0)

    await visitInPage(harness.page, 1, medium, 0)
    expect((await openOffer(harness, "?placement=home"))?.id).toBe(offerId)
    const region = harness.page.getByRole("region", { name: headline })
    await region.getByText(REASON).waitFor()
    expect((await footprint(harness.page)).height).toBeGreaterThan(0)
    expect((await harness.recorded()).errors).toEqual([])
  })

  it("should never show the offer to a non-member, with or without a cart", async () => {
    const { offerId, medium } = offer()
    await openOffer(harness)
    // as many visits, through another campaign medium: not in the segment
    await visitInPage(harness.page, 3, `not-${medium}`, 4)
    const cart = await createCart([await someVariant()])
    for (const query of ["?placement=home", `?placement=cart&cart-id=${cart.id}`]) {
      expect(await openOffer(harness, query)).toBeNull()
      expect(await footprint(harness.page)).toEqual({ height: 0, display: "none", visibleParts: 0 })
      expect(await harness.page.getByRole("button").count()).toBe(0)
    }
    // and the shop refuses the code to them however it is asked for
    const refused = await harness.page.evaluate(
      ({ cartId, id }) =>
        window.__offer?.applyOfferToCart({ cartId, offerId: id }, null).then(
          () => null,
          (error: { type: string; status: number }) => ({ type: error.type, status: error.status })
        ),
      { cartId: cart.id, id: offerId }
    )
    expect(refused).toEqual({ type: "not_allowed", status: 400 })
    expect((await cartNow(cart.id)).codes).toEqual([])
  })

  it("should offer the code to copy and the offer's link without a cart (keyboard, card variant)", async () => {
    const { code, headline, medium } = offer()
    await harness.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: harness.origin })
    await openOffer(harness)
    await visitInPage(harness.page, 3, medium, 4)
    await openOffer(harness, "?placement=product&variant=card")
    const page = harness.page
    const region = page.getByRole("region", { name: headline })
    await region.waitFor()
    expect(await region.getByRole("button", { name: "Apply to cart" }).count()).toBe(0)

    await page.locator("#above a").focus()
    await page.keyboard.press("Tab")
    expect(await hasFocus(region.getByRole("button", { name: "Copy code" }))).toBe(true)
    await page.keyboard.press("Enter")
    await region.getByRole("status").getByText(`Code ${code} copied.`).waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code)
    await page.keyboard.press("Tab")
    const link = region.getByRole("link", { name: "See the sale" })
    expect(await hasFocus(link)).toBe(true)
    expect(await link.getAttribute("href")).toBe(new URL("#sale", harness.page.url()).href) // resolved, http(s) only
  })

  it("should show and apply an emailed offer link's offer in a browser the shop does not know", async () => {
    const { offerId, code, headline, medium } = offer()
    const customer = await registerCustomer()
    await customerVisits(customer.token, medium)
    // the owner's "sync now": the customer enters the segment and is mailed the offer link
    await adminCall("/admin/segments/sync", {})
    const link = await emailedOfferLink(customer.email)
    expect(link.searchParams.get("tp_offer")).toBe(offerId)
    const cart = await createCart([await someVariant()])

    // this browser has no visitor id: without the link nothing shows, nor with a forged one (which is reported)
    expect(await openOffer(harness, `?placement=home&cart-id=${cart.id}`)).toBeNull()
    expect(await openOffer(harness, `?placement=home&tp_offer_token=of.${offerId}.forged.AAAA`)).toBeNull()
    expect((await harness.recorded()).errors).toEqual([expect.objectContaining({ type: "not_found", status: 404 })])
    const query = `?placement=home&cart-id=${cart.id}&${link.searchParams.toString()}`
    expect((await openOffer(harness, query))?.id).toBe(offerId)
    const region = harness.page.getByRole("region", { name: headline })
    await region.getByRole("button", { name: "Apply to cart" }).click()
    await region
      .getByRole("status")
      .getByText(new RegExp(`^Code ${code} is applied to your cart\\.`))
      .waitFor()
    expect((await cartNow(cart.id)).codes).toContain(code)
    expect((await harness.recorded()).cart).toEqual([{ cart_id: cart.id, reason: "offer" }])
  })

  it("should greet a member on the demo's home, product and cart pages and discount the demo cart", async () => {
    const { code, headline, medium } = offer()
    // the landing URL's campaign: the demo's own page views carry it (the runtime keeps it for the session)
    const page = await harness.open(`/demo/?utm_medium=${medium}`)
    const consent = page.waitForResponse((answer) => answer.url().endsWith("/store/touchpoints/consent"))
    await page.getByRole("button", { name: "Accept all" }).click()
    await consent
    await page.locator(".grid .card a").first().waitFor()
    expect(await page.getByRole("region", { name: headline }).count()).toBe(0)
    // the demo's own page view (held until consent) and two more visits, two hours apart by the server's clock
    await returningVisits(page, 2, medium)

    await page.reload()
    await page.getByRole("region", { name: headline }).getByText(REASON).waitFor()
    // a product with stock left (earlier tests on this shared store may have sold the first card's out)
    const stocked = await someVariant()
    await page.goto(new URL(`product.html?handle=${stocked.handle}`, page.url()).href)
    await page.locator("#variant").selectOption(stocked.variantId)
    await page.getByRole("region", { name: headline }).waitFor()
    await page.getByRole("button", { name: "Add to cart" }).click()
    await page.getByRole("status").getByText("Added.").waitFor()
    await page.getByRole("link", { name: /^Cart/ }).click()
    const region = page.getByRole("region", { name: headline })
    await region.getByRole("button", { name: "Apply to cart" }).press("Enter")
    await region
      .getByRole("status")
      .getByText(new RegExp(`^Code ${code} is applied to your cart\\.`))
      .waitFor()
    // the cart page drew the cart again on tp:cart-changed: the discount is in the table
    await page.getByRole("row", { name: new RegExp(`Discount \\(${code}\\)`) }).waitFor()
    const cartId = await page.evaluate(() => localStorage.getItem("tp_demo_cart_id"))
    expect((await cartNow(cartId ?? "")).codes).toContain(code)
    expect((await harness.recorded()).errors).toEqual([])
  })

  it("should say why applying failed and fire tp-error naming the cause, the cart unchanged", async () => {
    const current = offer()
    await openOffer(harness)
    await visitInPage(harness.page, 3, current.medium, 4)
    const cart = await createCart([await someVariant()])
    await openOffer(harness, `?placement=cart&cart-id=${cart.id}`)
    const region = harness.page.getByRole("region", { name: current.headline })
    await region.waitFor()
    // the owner pauses the offer while the shopper looks at it
    await setOfferStatus(current, "paused")
    try {
      await region.getByRole("button", { name: "Apply to cart" }).press("Enter")
      await region.getByRole("alert").getByText("This offer is no longer available for your cart.").waitFor()
    } finally {
      await setOfferStatus(current, "active")
    }
    const recorded = await harness.recorded()
    expect(recorded.errors).toEqual([expect.objectContaining({ type: "not_allowed", status: 400 })])
    expect(recorded.cart).toEqual([])
    expect((await cartNow(cart.id)).codes).toEqual([])
    // the button is ready for another try
    expect(await region.getByRole("button", { name: "Apply to cart" }).getAttribute("aria-disabled")).toBe("false")
  })
})
