import pg from "pg"
import type { Browser } from "playwright-core"
import request from "supertest"
import { launchChromium } from "../helpers/chromium"
import { demoStore } from "../helpers/demo-store"

jest.setTimeout(180_000)

const store = demoStore()
const mailUrl = process.env.TP_MAIL_URL
const api = () => request(store.backendUrl)
const storeHeaders = { "x-publishable-api-key": store.publishableKey }

type InboxMessage = { to: string[]; subject: string; html: string; text: string }

async function inbox(): Promise<InboxMessage[]> {
  if (!mailUrl) throw new Error("TP_MAIL_URL is unset: run through `npm test -- e2e` (npm start's mail catcher)")
  return (await (await fetch(new URL("/api/messages", mailUrl))).json()) as InboxMessage[]
}

/** A guest's order in the demo store, placed through the store API as the checkout does, after a feedback opt-in. */
async function guestOrder(email: string): Promise<string> {
  const { body } = await api().get("/store/regions?fields=id,currency_code").set(storeHeaders).expect(200)
  const region = body.regions.find((r: { currency_code: string }) => r.currency_code === "eur")
  const products = await api()
    .get(`/store/products?limit=50&region_id=${region.id}&fields=id,*variants,+variants.inventory_quantity`)
    .set(storeHeaders)
    .expect(200)
  type Variant = { id: string; inventory_quantity: number | null; manage_inventory: boolean }
  const inStock = (v: Variant) => !v.manage_inventory || Number(v.inventory_quantity) > 5
  const variant = products.body.products.flatMap((p: { variants: Variant[] }) => p.variants).find(inStock)
  const cart = await api().post("/store/carts").set(storeHeaders).send({ region_id: region.id, email }).expect(200)
  const cartId = cart.body.cart.id
  await api()
    .post(`/store/carts/${cartId}/line-items`)
    .set(storeHeaders)
    .send({ variant_id: variant.id, quantity: 1 })
    .expect(200)
  const address = {
    first_name: "E",
    last_name: "Two",
    address_1: "Street 1",
    city: "Berlin",
    country_code: "de",
    postal_code: "10115",
  }
  await api().post(`/store/carts/${cartId}`).set(storeHeaders).send({ shipping_address: address }).expect(200)
  await api()
    .post("/store/touchpoints/email-consent")
    .set(storeHeaders)
    .send({ cart_id: cartId, flow: "feedback", granted: true })
    .expect(200)
  const options = await api().get(`/store/shipping-options?cart_id=${cartId}`).set(storeHeaders).expect(200)
  await api()
    .post(`/store/carts/${cartId}/shipping-methods`)
    .set(storeHeaders)
    .send({ option_id: options.body.shipping_options[0].id })
    .expect(200)
  const collection = await api()
    .post("/store/payment-collections")
    .set(storeHeaders)
    .send({ cart_id: cartId })
    .expect(200)
  await api()
    .post(`/store/payment-collections/${collection.body.payment_collection.id}/payment-sessions`)
    .set(storeHeaders)
    .send({ provider_id: "pp_system_default" })
    .expect(200)
  const completed = await api().post(`/store/carts/${cartId}/complete`).set(storeHeaders).send({}).expect(200)
  expect(completed.body.type).toBe("order")
  return completed.body.order.id
}

describe("post-purchase feedback in the demo store", () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("should email the survey a week after shipping, record a one-click score and take the follow-up on the demo page", async () => {
    const email = `e2e-feedback-${Date.now()}@example.test`
    const orderId = await guestOrder(email)

    // the owner fulfills and ships the order in the admin API...
    const login = await api()
      .post("/auth/user/emailpass")
      .send({ email: "admin@touchpoints.local", password: "supersecret" })
      .expect(200)
    const admin = { authorization: `Bearer ${login.body.token}` }
    const order = await api().get(`/admin/orders/${orderId}?fields=id,*items`).set(admin).expect(200)
    const items = order.body.order.items.map((item: { id: string; quantity: number }) => ({
      id: item.id,
      quantity: Number(item.quantity),
    }))
    await api().post(`/admin/orders/${orderId}/fulfillments`).set(admin).send({ items }).expect(200)
    const withFulfillment = await api().get(`/admin/orders/${orderId}?fields=id,*fulfillments`).set(admin).expect(200)
    const fulfillmentId = withFulfillment.body.order.fulfillments[0].id
    await api()
      .post(`/admin/orders/${orderId}/fulfillments/${fulfillmentId}/shipments`)
      .set(admin)
      .send({ items })
      .expect(200)

    // ...and a week passes
    const db = new pg.Client({ connectionString: store.databaseUrl })
    await db.connect()
    try {
      const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000)
      await db.query("UPDATE fulfillment SET created_at = $1, shipped_at = $1 WHERE id = $2", [
        eightDaysAgo,
        fulfillmentId,
      ])
    } finally {
      await db.end()
    }
    // the owner runs the scan now (the hourly job could be first: then it sent the survey)
    await api().post("/admin/feedback/run").set(admin).send({}).expect(200)
    const message = (await inbox()).find((m) => m.to.includes(email))
    if (!message) throw new Error(`no survey for ${email} in the mail catcher`)
    expect(message.subject).toMatch(/^How was your order #\d+ from /)
    const link = /^3: (http\S+)$/m.exec(message.text)?.[1]
    expect(link).toBeDefined()

    // one click on "3" records it and lands on the demo's survey page, which asks the detractor's question
    const page = await (await browser.newContext()).newPage()
    await page.goto(String(link))
    expect(new URL(page.url()).pathname).toBe("/demo/feedback.html")
    expect(await page.getByRole("radio", { name: /^3 out of 10/ }).isChecked()).toBe(true)
    await page.getByRole("textbox", { name: "What could we improve?" }).fill("The parcel took a week.")
    await page.getByRole("radio", { name: /^4 \/ 5/ }).check()
    await page.getByRole("button", { name: "Send feedback" }).click()
    await page
      .getByRole("status")
      .getByText(/^Thank you for your feedback!/)
      .waitFor()

    // the owner sees the detractor in the alert feed at once, with the comment, and in the report's verbatims
    const alerts = await api().get("/admin/feedback/alerts?state=open").set(admin).expect(200)
    const alert = alerts.body.alerts.find((entry: { order_id: string }) => entry.order_id === orderId)
    expect(alert).toMatchObject({ nps_score: 3, comment: "The parcel took a week.", email })
    const report = await api().get("/admin/feedback/report?band=detractor&q=parcel").set(admin).expect(200)
    expect(report.body.report.verbatims.map((v: { order_id: string }) => v.order_id)).toContain(orderId)
  })
})
