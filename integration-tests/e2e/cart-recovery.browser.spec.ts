import pg from "pg"
import type { Browser } from "playwright-core"
import request from "supertest"
import { readInbox } from "../../src/mail-catcher/inbox-client.cjs"
import { launchChromium } from "../helpers/chromium"
import { demoStore } from "../helpers/demo-store"

jest.setTimeout(180_000)

const store = demoStore()
const mailUrl = process.env.TP_MAIL_URL
const api = () => request(store.backendUrl)
const storeHeaders = { "x-publishable-api-key": store.publishableKey }

const inbox = () => readInbox(mailUrl)

/** A cart in the demo store with two of a product that is in stock. */
async function cartWithItems(): Promise<{ cartId: string; title: string }> {
  const { body } = await api().get("/store/regions?fields=id,currency_code").set(storeHeaders).expect(200)
  const region = body.regions.find((r: { currency_code: string }) => r.currency_code === "eur")
  const products = await api()
    .get(`/store/products?limit=50&region_id=${region.id}&fields=id,title,*variants,+variants.inventory_quantity`)
    .set(storeHeaders)
    .expect(200)
  type Variant = { id: string; inventory_quantity: number | null; manage_inventory: boolean }
  const product = products.body.products.find((p: { variants: Variant[] }) =>
    p.variants.some((v) => !v.manage_inventory || Number(v.inventory_quantity) > 5)
  )
  const variant = product.variants.find((v: Variant) => !v.manage_inventory || Number(v.inventory_quantity) > 5)
  const cart = await api().post("/store/carts").set(storeHeaders).send({ region_id: region.id }).expect(200)
  await api()
    .post(`/store/carts/${cart.body.cart.id}/line-items`)
    .set(storeHeaders)
    .send({ variant_id: variant.id, quantity: 2 })
    .expect(200)
  return { cartId: cart.body.cart.id, title: product.title }
}

describe("abandoned-cart reminders in the demo store", () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("should email a shopper who opted in on the cart page, and restore the cart's lines from the link on another device", async () => {
    const email = `e2e-reminder-${Date.now()}@example.test`
    const { cartId, title } = await cartWithItems()

    // the shopper gives an email and ticks the reminder box on the demo cart page
    const page = await (await browser.newContext()).newPage()
    await page.addInitScript((id) => localStorage.setItem("tp_demo_cart_id", id), cartId)
    await page.goto(`${store.demoUrl}cart.html`)
    await page.getByLabel("Email", { exact: true }).fill(email)
    await page.getByLabel("Email me a reminder if I leave items in my cart").check()
    await page.getByRole("button", { name: "Save", exact: true }).click()
    await page.getByText("Saved. If you leave, we will email you a link back to this cart.").waitFor()

    // ...and leaves: two hours pass (every activity timestamp of the cart moves back)
    const db = new pg.Client({ connectionString: store.databaseUrl })
    await db.connect()
    try {
      const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000)
      await db.query("UPDATE cart SET updated_at = $1 WHERE id = $2", [twoHoursAgo, cartId])
      await db.query("UPDATE cart_line_item SET updated_at = $1 WHERE cart_id = $2", [twoHoursAgo, cartId])
      await db.query("UPDATE tp_cr_cart SET last_activity_at = $1 WHERE cart_id = $2", [twoHoursAgo, cartId])
    } finally {
      await db.end()
    }

    // the owner runs the scan now (the job does it every 10 minutes)
    const login = await api()
      .post("/auth/user/emailpass")
      .send({ email: "admin@touchpoints.local", password: "supersecret" })
      .expect(200)
    const scan = await api()
      .post("/admin/cart-recovery/scan")
      .set({ authorization: `Bearer ${login.body.token}` })
      .send({})
      .expect(200)
    expect(scan.body.summary.outcomes.sent).toBeGreaterThanOrEqual(1)

    const message = (await inbox()).find((m) => m.to.includes(email))
    if (!message) throw new Error(`no reminder for ${email} in the mail catcher`)
    expect(message.subject).toBe("You left something in your cart")
    expect(message.text).toContain(title)
    const link = /(http\S+cart\.html\?recover=\S+)/.exec(message.text)?.[1]
    expect(link).toBeDefined()

    // another device: no cart in this browser until the link restores its lines, into a cart of its own (never
    // the reminded cart: whoever sent a link must not know the cart its reader checks out in)
    const phone = await (await browser.newContext()).newPage()
    await phone.goto(String(link))
    await phone.getByText("Welcome back! Your cart is restored: 2 items.").waitFor()
    const restored = await phone.evaluate(() => localStorage.getItem("tp_demo_cart_id"))
    expect(restored).toMatch(/^cart_/)
    expect(restored).not.toBe(cartId)
    await phone.locator("table.cart").getByText(title).waitFor()

    // the email's one-click unsubscribe works without cookie or key
    const unsubscribe = new URL(message.headers["list-unsubscribe"].slice(1, -1))
    expect(unsubscribe.origin).toBe(new URL(store.backendUrl).origin)
    await api()
      .post(unsubscribe.pathname)
      .type("form")
      .send("List-Unsubscribe=One-Click")
      .expect(200)
      .expect(/You are unsubscribed/)
  })
})
