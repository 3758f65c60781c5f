import type { Browser, Page } from "playwright-core"
import request from "supertest"
import { launchChromium } from "../helpers/chromium"
import { demoStore } from "../helpers/demo-store"

jest.setTimeout(120_000)

const store = demoStore()

/** Polls the visitor's profile until `check` passes (events are sent in batches after ~1 s). */
async function waitForProfile(visitorId: string, check: (visitor: Record<string, unknown>) => boolean) {
  const deadline = Date.now() + 20_000
  let last: Record<string, unknown> | undefined
  while (Date.now() < deadline) {
    const response = await request(store.backendUrl)
      .get("/store/touchpoints/visitor")
      .set({ "x-publishable-api-key": store.publishableKey, "x-touchpoints-visitor": visitorId })
    last = response.body.visitor
    if (response.status === 200 && last && check(last)) {
      return last
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`profile never matched: ${JSON.stringify(last)}`)
}

describe("demo storefront in Chromium", () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })
  beforeEach(async () => {
    page = await (await browser.newContext()).newPage()
  })

  it("should ask for consent accessibly, remember the choice and send page views to the profile", async () => {
    await page.goto(`${store.demoUrl}?utm_source=e2e-browser&utm_medium=test`)
    const accept = page.getByRole("button", { name: /accept/i })
    await accept.waitFor()
    expect(await page.evaluate(() => localStorage.getItem("tp_visitor_id"))).toBeNull()

    await accept.focus()
    await page.keyboard.press("Enter")
    const visitorId = await page.waitForFunction(() => localStorage.getItem("tp_visitor_id")).then((h) => h.jsonValue())
    expect(visitorId).toMatch(/^tpv_[A-Za-z0-9_-]{22}\.0\.[A-Za-z0-9_-]{22}$/) // issued and signed by the store

    const profile = await waitForProfile(String(visitorId), (v) => Number(v.page_views) >= 1)
    expect(profile).toMatchObject({
      consent: { analytics: true },
      first_touch: { source: "e2e-browser", medium: "test" },
    })

    await page.reload()
    await page.waitForLoadState("networkidle")
    expect(await page.getByRole("button", { name: /accept/i }).count()).toBe(0)
  })

  it("should record product views from the product page", async () => {
    await page.goto(store.demoUrl)
    await page.getByRole("button", { name: /accept/i }).click()
    const visitorId = await page.waitForFunction(() => localStorage.getItem("tp_visitor_id")).then((h) => h.jsonValue())
    const link = page.locator("a[href*='product.html']").first()
    await link.waitFor()
    await link.click()
    await page.waitForURL(/product\.html/)
    const profile = await waitForProfile(
      String(visitorId),
      (v) => Array.isArray(v.product_views) && v.product_views.length > 0
    )
    expect(profile.recent_product_ids).toHaveLength(1)
  })

  it("should track nothing after 'necessary only'", async () => {
    await page.goto(store.demoUrl)
    await page.getByRole("button", { name: /necessary/i }).click()
    await page.waitForTimeout(1500)
    expect(await page.evaluate(() => localStorage.getItem("tp_visitor_id"))).toBeNull()
    expect(await page.evaluate(() => localStorage.getItem("tp_consent"))).toBe("necessary")
  })
})
