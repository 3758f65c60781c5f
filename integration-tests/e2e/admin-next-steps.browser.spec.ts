import type { Browser, Locator, Page } from "playwright-core"
import request from "supertest"
import { launchChromium } from "../helpers/chromium"
import { logInToDashboard } from "../helpers/dashboard"
import { guestOrder, ownerHeaders, pressScore, scoreLink, shipAWeekAgo, surveyEmail } from "../helpers/demo-feedback"
import { demoStore } from "../helpers/demo-store"

jest.setTimeout(240_000)

const store = demoStore()
const api = () => request(store.backendUrl)

type Entry = { product_id: string; handle: string; title: string; state: string; page_status: number }
type Preview = { status: number; groups: { key: string; items: { product_id: string }[] }[] }

/** The product ids the widget lists per group, in order. */
async function widgetGroups(widget: Locator) {
  const groups: Record<string, string[]> = {}
  for (const section of await widget.locator("section[data-group]").all()) {
    const key = String(await section.getAttribute("data-group"))
    groups[key] = await section
      .locator("li[data-product-id]")
      .evaluateAll((items) => items.map((item) => String(item.getAttribute("data-product-id"))))
  }
  return groups
}

describe("next steps and feedback on the Medusa admin's own pages", () => {
  let browser: Browser
  let page: Page
  let admin: Record<string, string>
  let gone: Entry

  const storePage = async (handle: string) =>
    (
      await api()
        .get(`/store/next-steps?handle=${encodeURIComponent(handle)}`)
        .set({ "x-publishable-api-key": store.publishableKey })
        .expect(200)
    ).body as { status: number; redirect: { product_id: string } | null }

  beforeAll(async () => {
    browser = await launchChromium()
    admin = await ownerHeaders()
    const list = await api().get("/admin/next-steps/replacements?show=gone&limit=20").set(admin).expect(200)
    // a product of the demo catalog that is gone without a replacement (the seed has discontinued and drafts)
    const found = (list.body.replacements as Entry[]).find(
      (entry) => entry.page_status === 410 && entry.state !== "deleted"
    )
    if (!found) throw new Error("the demo store has no gone product without a replacement")
    gone = found
    page = await (await browser.newContext()).newPage()
    await logInToDashboard(page, store.backendUrl)
  })
  afterAll(async () => {
    // leave the demo as found even when a step failed half-way
    if (gone)
      await api()
        .post(`/admin/next-steps/products/${gone.product_id}/replacement`)
        .set(admin)
        .send({ replacement_product_id: null })
    await browser?.close()
  })

  it("sets a gone product's replacement in place, the store answers 301 with it, and clears it again", async () => {
    // a live product: the admin lists discontinued ones as published too, and the gone product may be the first
    const products = await api()
      .get("/admin/products?status[]=published&limit=20&fields=id,title,handle")
      .set(admin)
      .expect(200)
    let replacement: { id: string; title: string; handle: string } | undefined
    for (const product of products.body.products as { id: string; title: string; handle: string }[]) {
      if (product.id !== gone.product_id && (await storePage(product.handle)).status === 200) {
        replacement = product
        break
      }
    }
    if (!replacement) throw new Error("the demo store has no live product among its first 20")
    expect((await storePage(gone.handle)).status).toBe(410)

    await page.goto(`${store.backendUrl}/app/next-steps`)
    const row = page.getByTestId("tp-replacements").locator(`tr[data-product-id="${gone.product_id}"]`)
    await row.getByRole("button", { name: "Fix" }).click({ timeout: 60_000 })
    await row.getByRole("button", { name: "Set replacement" }).click()
    await row.getByRole("searchbox").fill(replacement.title)
    await row
      .getByRole("button", { name: `${replacement.title} /${replacement.handle} · published`, exact: true })
      .click()
    await row.locator('[data-page-status="301"]').waitFor({ timeout: 30_000 })
    await row.getByTestId("tp-replacement").getByText(replacement.title).waitFor()

    const moved = await storePage(gone.handle)
    expect(moved).toMatchObject({ status: 301, redirect: { product_id: replacement.id } })

    await row.getByRole("button", { name: "Clear replacement" }).click()
    await row.locator('[data-page-status="410"]').waitFor({ timeout: 30_000 })
    expect(await storePage(gone.handle)).toMatchObject({ status: 410, redirect: null })
  })

  it("shows on a product's page the same link groups as the admin preview API", async () => {
    const products = await api()
      .get("/admin/products?status[]=published&limit=1&offset=5&fields=id")
      .set(admin)
      .expect(200)
    const productId = products.body.products[0].id as string
    const preview = async () =>
      (await api().get(`/admin/next-steps/products/${productId}/preview`).set(admin).expect(200)).body as Preview
    const expected = (answer: Preview) =>
      Object.fromEntries(answer.groups.map((group) => [group.key, group.items.map((item) => item.product_id)]))

    await page.goto(`${store.backendUrl}/app/products/${productId}`)
    const widget = page.getByTestId("tp-product-next-steps")
    await widget.getByTestId("tp-next-steps-panel").waitFor({ timeout: 60_000 })
    // the store's orders (other tests, the jobs) may change popularity between two reads: agree within three tries
    let want = await preview()
    let got = await widgetGroups(widget)
    for (let attempt = 0; attempt < 2 && JSON.stringify(got) !== JSON.stringify(expected(want)); attempt++) {
      await page.reload()
      await widget.getByTestId("tp-next-steps-panel").waitFor({ timeout: 60_000 })
      want = await preview()
      got = await widgetGroups(widget)
    }
    expect(got).toEqual(expected(want))
    expect(Object.values(got).flat().length).toBeGreaterThan(0)
    await widget.locator(`[data-page-status="${want.status}"]`).waitFor()
  })

  it("shows on a customer's page the feedback the API answers for them", async () => {
    const email = `e2e-admin-next-steps-${Date.now()}@example.test`
    const comment = `Quick and friendly (${email})`
    const orderId = await guestOrder(email)
    await shipAWeekAgo(admin, orderId)
    const token = await pressScore(scoreLink(await surveyEmail(admin, email), 8))
    await api()
      .post(`/store/feedback/${token}`)
      .set({ "x-publishable-api-key": store.publishableKey })
      .send({ ces_score: 2, comment })
      .expect(200)
    const order = await api().get(`/admin/orders/${orderId}?fields=id,customer_id,display_id`).set(admin).expect(200)
    const customerId = order.body.order.customer_id as string
    const { body } = await api().get(`/admin/feedback/customers/${customerId}`).set(admin).expect(200)
    expect(body.count).toBe(1)
    const [survey] = body.surveys
    expect(survey).toMatchObject({ answers: { nps_score: 8, ces_score: 2, comment }, band: "passive" })

    await page.goto(`${store.backendUrl}/app/customers/${customerId}`)
    const row = page.getByTestId("tp-customer-feedback").locator(`tr[data-survey-id="${survey.id}"]`)
    await row.waitFor({ timeout: 60_000 })
    const text = String(await row.textContent())
    for (const part of [
      `#${order.body.order.display_id}`,
      "8 of 10",
      "passive",
      "2 of 5",
      comment,
      survey.follow_up_question,
    ]) {
      expect([part, text.includes(part)]).toEqual([part, true])
    }
    await row.getByRole("link", { name: `#${order.body.order.display_id}` }).click()
    await page.waitForURL(new RegExp(`/app/orders/${orderId}`))
  })
})
