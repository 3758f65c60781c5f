import type { MedusaContainer } from "@medusajs/framework/types"
import { adminHeaders } from "./admin"
import { registerCustomer } from "./customers"
import { createFeedbackShop } from "./feedback-shop"
import { explain, storeHeaders } from "./http"

// The set-up of the security specs that need a shopper with data in every plugin (authorization: others attack
// it; personal data: the owner exports and erases it).

type Headers = { headers: Record<string, string> }

/** The runner's axios client, as far as these helpers use it. */
type Api = Parameters<typeof createFeedbackShop>[1] & {
  get: <T>(url: string, config?: Headers) => Promise<{ data: T }>
  post: <T>(url: string, body: unknown, config?: Headers) => Promise<{ data: T }>
}

type FeedbackShop = Awaited<ReturnType<typeof createFeedbackShop>>

/** The feedback shop (every plugin installed, orders that complete), the owner's headers and customers by email. */
export async function createShopWithCustomers(container: MedusaContainer, api: Api, emails: readonly string[]) {
  const shop = await createFeedbackShop(container, api)
  const admin = await adminHeaders(container, api)
  const customers: { token: string; customerId: string }[] = []
  for (const email of emails) customers.push(await registerCustomer(api, shop.key, email))
  return { shop, admin, customers }
}

/** An offer every account holder earns: the segment "Account holders" and 10 % off with the code MEMBERS10. */
export async function createMembersOffer(api: Api, admin: Headers): Promise<{ segmentId: string; offerId: string }> {
  const { segment } = (
    await api
      .post<{ segment: { id: string } }>(
        "/admin/segments",
        { name: "Account holders", rule: { field: "has_account", op: "eq", value: true } },
        admin
      )
      .catch(explain)
  ).data
  const { offer } = (
    await api
      .post<{ offer: { id: string } }>(
        "/admin/offers",
        {
          name: "Members 10 %",
          segment_ids: [segment.id],
          priority: 1,
          promotion: { code: "MEMBERS10", type: "percentage", value: 10 },
          content: { headline: "10 % off", text: "For members", cta_label: "Apply" },
        },
        admin
      )
      .catch(explain)
  ).data
  return { segmentId: segment.id, offerId: offer.id }
}

/** The headers of a logged-in customer's store requests that carry their visitor id. */
export const customerHeaders = (key: string, input: { token: string; visitor: string }): Headers =>
  storeHeaders(key, { authorization: `Bearer ${input.token}`, "x-touchpoints-visitor": input.visitor })

/** The customer's visitor profile: analytics consent, then a page view of `url` (the request links it to them). */
export async function trackVisit(api: Api, headers: Headers, url = "/"): Promise<void> {
  await api.post("/store/touchpoints/consent", { analytics: true }, headers).catch(explain)
  await api.post("/store/touchpoints/events", { events: [{ type: "page_view", url }] }, headers).catch(explain)
}

/** An order of the customer's, fulfilled, and its feedback survey answered; answers the order and survey token. */
export async function answeredSurvey(
  api: Api,
  shop: FeedbackShop,
  headers: Headers,
  input: { email: string; customerToken: string; answer: Record<string, unknown> }
): Promise<{ order: string; surveyToken: string }> {
  const order = await shop.placeOrder({ email: input.email, customerToken: input.customerToken })
  await shop.fulfill(order)
  const surveyToken = (await api.get<{ token: string }>(`/store/feedback/orders/${order}`, headers).catch(explain)).data
    .token
  await api.post(`/store/feedback/${surveyToken}`, input.answer, headers).catch(explain)
  return { order, surveyToken }
}
