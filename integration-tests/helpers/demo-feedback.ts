import pg from "pg"
import request from "supertest"
import { readInbox } from "../../src/mail-catcher/inbox-client.cjs"
import type { CaughtMessage } from "../../src/mail-catcher/mail-catcher.cjs"
import { demoStore } from "./demo-store"

/** Surveys in the running demo store, made as the shop makes them: a guest's order, shipped, a week passes. */

const OWNER = { email: "admin@touchpoints.local", password: "supersecret" }
const WEEK_AND_A_DAY_MS = 8 * 86_400_000

const api = () => request(demoStore().backendUrl)
const storeHeaders = () => ({ "x-publishable-api-key": demoStore().publishableKey })

/** The demo owner's admin API headers (a bearer token from a real login). */
export async function ownerHeaders(): Promise<Record<string, string>> {
  const login = await api().post("/auth/user/emailpass").send(OWNER).expect(200)
  return { authorization: `Bearer ${login.body.token}` }
}

/** The mail catcher's inbox of `npm start`. */
export const inbox = () => readInbox()

/** A guest's order in the demo store, placed through the store API as the checkout does, after a feedback opt-in. */
export async function guestOrder(email: string): Promise<string> {
  const headers = storeHeaders()
  const { body } = await api().get("/store/regions?fields=id,currency_code").set(headers).expect(200)
  const region = body.regions.find((r: { currency_code: string }) => r.currency_code === "eur")
  const products = await api()
    .get(`/store/products?limit=50&region_id=${region.id}&fields=id,*variants,+variants.inventory_quantity`)
    .set(headers)
    .expect(200)
  type Variant = { id: string; inventory_quantity: number | null; manage_inventory: boolean }
  const inStock = (v: Variant) => !v.manage_inventory || Number(v.inventory_quantity) > 5
  const variant = products.body.products.flatMap((p: { variants: Variant[] }) => p.variants).find(inStock)
  const cart = await api().post("/store/carts").set(headers).send({ region_id: region.id, email }).expect(200)
  const cartId = cart.body.cart.id
  await api()
    .post(`/store/carts/${cartId}/line-items`)
    .set(headers)
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
  await api().post(`/store/carts/${cartId}`).set(headers).send({ shipping_address: address }).expect(200)
  await api()
    .post("/store/touchpoints/email-consent")
    .set(headers)
    .send({ cart_id: cartId, flow: "feedback", granted: true })
    .expect(200)
  const options = await api().get(`/store/shipping-options?cart_id=${cartId}`).set(headers).expect(200)
  await api()
    .post(`/store/carts/${cartId}/shipping-methods`)
    .set(headers)
    .send({ option_id: options.body.shipping_options[0].id })
    .expect(200)
  const collection = await api().post("/store/payment-collections").set(headers).send({ cart_id: cartId }).expect(200)
  await api()
    .post(`/store/payment-collections/${collection.body.payment_collection.id}/payment-sessions`)
    .set(headers)
    .send({ provider_id: "pp_system_default" })
    .expect(200)
  const completed = await api().post(`/store/carts/${cartId}/complete`).set(headers).send({}).expect(200)
  if (completed.body.type !== "order") throw new Error(`the cart did not complete: ${JSON.stringify(completed.body)}`)
  return completed.body.order.id
}

/**
 * The owner fulfills and ships the order in the admin API, and a week passes (the shipment is back-dated in the
 * store's database), so the survey scan finds it due.
 */
export async function shipAWeekAgo(admin: Record<string, string>, orderId: string): Promise<void> {
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
  const db = new pg.Client({ connectionString: demoStore().databaseUrl })
  await db.connect()
  try {
    const weekAndADayAgo = new Date(Date.now() - WEEK_AND_A_DAY_MS)
    await db.query("UPDATE fulfillment SET created_at = $1, shipped_at = $1 WHERE id = $2", [
      weekAndADayAgo,
      fulfillmentId,
    ])
  } finally {
    await db.end()
  }
}

/** The survey email sent to `email`, once the owner ran the scan (the hourly job may have sent it first). */
export async function surveyEmail(admin: Record<string, string>, email: string): Promise<CaughtMessage> {
  await api().post("/admin/feedback/run").set(admin).send({}).expect(200)
  const message = (await inbox()).find((m) => m.to.includes(email))
  if (!message) throw new Error(`no survey for ${email} in the mail catcher`)
  return message
}

/**
 * A person presses the score page's button (what the page does without scripts): the score counts at once.
 * Answers the survey token from the survey page it lands on.
 */
export async function pressScore(link: string): Promise<string> {
  const landing = await fetch(link, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: "how=button",
    redirect: "manual",
  })
  if (landing.status !== 303) throw new Error(`the score page answered ${landing.status}, not 303`)
  const token = new URL(String(landing.headers.get("location"))).searchParams.get("token")
  if (!token) throw new Error("the score page did not land on the survey page")
  return token
}

/** The score link for `score` in a survey email (its text part lists `3: https://...`). */
export function scoreLink(message: CaughtMessage, score: number): string {
  const link = new RegExp(`^${score}: (http\\S+)$`, "m").exec(message.text)?.[1]
  if (!link) throw new Error(`no link for score ${score} in "${message.subject}"`)
  return link
}
