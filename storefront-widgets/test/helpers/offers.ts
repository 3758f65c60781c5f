import { randomUUID } from "node:crypto"
import type { Page } from "playwright-core"
import type * as OfferEntry from "../../src/offer"
import type { OfferView } from "../../src/runtime/offer-types"
import { adminCall } from "./admin"
import { requireBackend } from "./backend"
import { storeCall } from "./store"
import { moveVisitorBack } from "./visitor-clock"

declare global {
  interface Window {
    /** dist/offer.js, imported by the offer fixture. */
    __offer?: typeof OfferEntry
    /** Every `tp-offer-load` detail's offer, in order (see the offer test's init script). */
    __offerLoads?: (OfferView | null)[]
  }
}

/**
 * Segment-offers test data, made through the real admin and store APIs. Every run has its own marker (a UTM
 * medium in the segment's rule, the promotion code, the names), so reruns against the same database and other
 * tests' visitors never meet this run's offer.
 */
export interface RunOffer {
  /** The UTM medium only this run's visitors carry. */
  medium: string
  code: string
  headline: string
  segmentId: string
  offerId: string
}

/**
 * A segment "3 visits without buying, came through this run's medium" (mailing its customers an offer link)
 * and its offer: 10% off with a fresh code, on every placement.
 */
export async function createRunOffer(): Promise<RunOffer> {
  const run = `tpw${Date.now().toString(36)}${randomUUID().slice(0, 6)}`
  const medium = run
  const code = run.toUpperCase()
  const headline = `10% off your order (${run})`
  const { segment } = await adminCall<{ segment: { id: string } }>("/admin/segments", {
    name: `Returning without buying (${run})`,
    rule: {
      all: [
        { field: "visits_without_order", op: "gte", value: 3 },
        // no shopper-facing phrase: the reason stays "You have visited 3 times without buying yet"
        { field: "first_utm_medium", op: "eq", value: medium },
      ],
    },
    email_offer: true,
  })
  const { offer } = await adminCall<{ offer: { id: string } }>("/admin/offers", {
    name: `Welcome back (${run})`,
    segment_ids: [segment.id],
    priority: 100,
    promotion: { code, type: "percentage", value: 10 },
    content: { headline, text: "Good to see you again.", cta_label: "See the sale", cta_url: "#sale" },
  })
  return { medium, code, headline, segmentId: segment.id, offerId: offer.id }
}

/** Pauses or re-activates the run's offer (a paused offer is no one's any more). */
export async function setOfferStatus(run: RunOffer, status: "active" | "paused"): Promise<void> {
  await adminCall(`/admin/offers/${run.offerId}`, { status })
}

/** Pauses the run's offer and segment, so later runs against the same store never see them. */
export async function retireRunOffer(run: RunOffer | undefined): Promise<void> {
  if (!run) return
  await setOfferStatus(run, "paused")
  await adminCall(`/admin/segments/${run.segmentId}`, { status: "paused" })
}

/**
 * Pauses every other active offer (the demo seed's, say "Third visit without buying") so this file's shoppers
 * meet only the run's offer; answers the ids to resume afterwards.
 */
export async function pauseOtherOffers(run: RunOffer): Promise<string[]> {
  const { offers } = await adminCall<{ offers: { id: string; status: string }[] }>("/admin/offers?limit=200")
  const others = offers
    .filter((offer) => offer.status === "active" && offer.id !== run.offerId)
    .map((offer) => offer.id)
  for (const id of others) await adminCall(`/admin/offers/${id}`, { status: "paused" })
  return others
}

/** Re-activates the offers `pauseOtherOffers` paused. */
export async function resumeOffers(ids: string[]): Promise<void> {
  for (const id of ids) await adminCall(`/admin/offers/${id}`, { status: "active" })
}

/**
 * Visits through the page's own runtime (dist/offer.js, imported by the offer fixture as `window.__offer`):
 * the shopper accepts analytics (the backend stores nothing without it), then a page view per visit goes to
 * `POST /store/touchpoints/events`. The backend counts visits by its own clock, so between two visits the
 * visitor's history is moved two hours back in the store's database; the first visit ends `startHoursAgo` ago.
 */
export async function visitInPage(page: Page, visits: number, medium: string, startHoursAgo: number): Promise<void> {
  for (let index = 0; index < visits; index++) {
    if (index > 0) await moveVisitorBack(await pageVisitorId(page), 120)
    await page.evaluate(async (utmMedium) => {
      const runtime = window.__offer
      if (!runtime) throw new Error("not the offer fixture")
      if (runtime.getConsent() !== "all") await runtime.setConsent(true)
      runtime.track({ type: "page_view", utm: { medium: utmMedium } })
      await runtime.flush()
    }, medium)
  }
  const lastVisitHoursAgo = startHoursAgo - (visits - 1) * 2
  if (lastVisitHoursAgo > 0) await moveVisitorBack(await pageVisitorId(page), lastVisitHoursAgo * 60)
}

/** The visitor id the page's runtime got from the backend. */
async function pageVisitorId(page: Page): Promise<string> {
  const id = await page.evaluate(() => localStorage.getItem("tp_visitor_id"))
  if (!id) throw new Error("the page has no visitor id yet")
  return id
}

/** A registered customer (fresh per call) and their bearer token. */
export async function registerCustomer(): Promise<{ email: string; token: string; customerId: string }> {
  const { url, key } = requireBackend()
  const email = `offer-${randomUUID()}@example.test`
  const password = "supersecret"
  const post = async <T>(path: string, body: unknown, headers: Record<string, string> = {}): Promise<T> => {
    const response = await fetch(`${url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    })
    if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`)
    return (await response.json()) as T
  }
  const registration = await post<{ token: string }>("/auth/customer/emailpass/register", { email, password })
  const { customer } = await post<{ customer: { id: string } }>(
    "/store/customers",
    { email, first_name: "Offer", last_name: "Tester" },
    { authorization: `Bearer ${registration.token}`, "x-publishable-api-key": key }
  )
  const login = await post<{ token: string }>("/auth/customer/emailpass", { email, password })
  return { email, token: login.token, customerId: customer.id }
}

/**
 * Makes a logged-in customer a member from Node, as their browser would: analytics consent, three visits
 * through this run's medium (the visitor is linked to the customer on these logged-in calls), and their
 * opt-in to offer emails.
 */
export async function customerVisits(customerToken: string, medium: string): Promise<void> {
  const { visitor_id } = await storeCall<{ visitor_id: string }>("/store/touchpoints/visitor", { body: {} })
  const headers = { authorization: `Bearer ${customerToken}`, "x-touchpoints-visitor": visitor_id }
  await storeCall("/store/touchpoints/consent", { headers, body: { analytics: true } })
  for (let visit = 0; visit < 3; visit++) {
    if (visit > 0) await moveVisitorBack(visitor_id, 120)
    const events = [{ type: "page_view", url: "http://localhost/", utm: { medium } }]
    await storeCall("/store/touchpoints/events", { headers, body: { events } })
  }
  await storeCall("/store/touchpoints/email-consent", { headers, body: { flow: "segment-offer", granted: true } })
}

/** The link of the offer email sent to `email` (the demo store's mail catcher, `TP_MAIL_URL`). */
export async function emailedOfferLink(email: string): Promise<URL> {
  const mailUrl = process.env.TP_MAIL_URL
  if (!mailUrl) throw new Error("TP_MAIL_URL is unset: the demo store's mail inbox (npm start prints it) is needed")
  type Message = { to: string[]; text: string }
  const messages = (await (await fetch(new URL("/api/messages", mailUrl))).json()) as Message[]
  const message = messages.find((entry) => entry.to.some((to) => to.includes(email)))
  if (!message) throw new Error(`no offer email to ${email} in ${mailUrl}`)
  const link = /https?:\/\/\S+tp_offer_token=\S+/.exec(message.text)?.[0]
  if (!link) throw new Error(`the offer email to ${email} has no offer link:\n${message.text}`)
  return new URL(link)
}

/** `GET /store/offers` as a visitor (from Node): what the shop says this shopper gets. */
export async function offerFor(visitorId: string | null, placement = "home"): Promise<OfferView | null> {
  const headers: Record<string, string> = visitorId ? { "x-touchpoints-visitor": visitorId } : {}
  const { offer } = await storeCall<{ offer: OfferView | null }>(`/store/offers?placement=${placement}`, { headers })
  return offer
}
