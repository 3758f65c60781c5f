import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ingestVisitorEventsStep } from "@touchpoints/core/workflows"
import purgeExpiredVisitorEvents from "../../../plugins/core/.medusa/server/src/jobs/purge-expired-visitor-events"
import { adminHeaders } from "../../helpers/admin"
import { headersFor, registerCustomer } from "../../helpers/customers"
import { createCustomerOrder, emitAndWait } from "../../helpers/orders"
import { httpTestRunner } from "../../helpers/runner"
import { createPublishableKey } from "../../helpers/store-fixtures"
import { issueVisitorId, storedVisitorId } from "../../helpers/visitors"

jest.setTimeout(120_000)

const fail = (error: { response?: unknown }) =>
  error.response as { status: number; data: { type: string; message: string } }

httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string
    let LAPTOP: string
    let PHONE: string

    beforeEach(async () => {
      key = (await createPublishableKey(getContainer())).token
      LAPTOP = await issueVisitorId(api, key)
      PHONE = await issueVisitorId(api, key)
    })

    const track = async (visitor: string, productId: string, count: number) => {
      await api.post(
        "/store/touchpoints/consent",
        { analytics: true },
        headersFor(key, { "x-touchpoints-visitor": visitor })
      )
      const events = Array.from({ length: count }, () => ({ type: "product_view", product_id: productId }))
      await api.post("/store/touchpoints/events", { events }, headersFor(key, { "x-touchpoints-visitor": visitor }))
    }
    const asCustomer = (token: string, visitor?: string) =>
      headersFor(key, { authorization: `Bearer ${token}`, ...(visitor ? { "x-touchpoints-visitor": visitor } : {}) })

    describe("GET /store/touchpoints/visitor", () => {
      it("should answer 404 for an unknown visitor and 400 without any identity", async () => {
        const unknown = await api
          .get(
            "/store/touchpoints/visitor",
            headersFor(key, { "x-touchpoints-visitor": await issueVisitorId(api, key) })
          )
          .catch(fail)
        expect(unknown.status).toBe(404)
        const anonymous = await api.get("/store/touchpoints/visitor", headersFor(key)).catch(fail)
        expect(anonymous.status).toBe(400)
        const extra = await api.get("/store/touchpoints/visitor?color=red", headersFor(key)).catch(fail)
        expect(extra.status).toBe(400)
        expect(extra.data.message).toMatch(/color/)
      })
    })

    describe("linking visitors to customers", () => {
      it("should link on an authenticated request and merge a second device without losing counts", async () => {
        await track(LAPTOP, "prod_tea", 3)
        await track(PHONE, "prod_tea", 2)
        await track(PHONE, "prod_cup", 1)
        const { token, customerId } = await registerCustomer(api, key, "ada@example.com")

        await api.get("/store/customers/me", asCustomer(token, LAPTOP))
        await api.get("/store/customers/me", asCustomer(token, PHONE))
        // Repeating the same requests must change nothing (idempotent).
        await api.get("/store/customers/me", asCustomer(token, LAPTOP))
        await api.get("/store/customers/me", asCustomer(token, PHONE))

        const { data } = await api.get("/store/touchpoints/visitor", asCustomer(token))
        expect(data.visitor).toMatchObject({
          customer_id: customerId,
          event_count: 6,
          visits: 2,
          product_views: [
            { product_id: "prod_tea", count: 5 },
            { product_id: "prod_cup", count: 1 },
          ],
        })
        // Both devices now feed the one profile.
        const viaPhone = await api.get("/store/touchpoints/visitor", asCustomer(token, PHONE))
        expect(viaPhone.data.visitor.event_count).toBe(6)
      })

      it("should hide a linked profile from requests that are not that customer", async () => {
        await track(LAPTOP, "prod_tea", 1)
        const ada = await registerCustomer(api, key, "ada@example.com")
        await api.get("/store/customers/me", asCustomer(ada.token, LAPTOP))

        const loggedOut = await api
          .get("/store/touchpoints/visitor", headersFor(key, { "x-touchpoints-visitor": LAPTOP }))
          .catch(fail)
        expect(loggedOut.status).toBe(401)

        // Another customer on the same device (or sending Ada's id) never gets Ada's profile: the id stays
        // Ada's, Bob sees nothing of it, and Bob's own browsing goes to a fresh id of his own.
        const bob = await registerCustomer(api, key, "bob@example.com")
        await api.get("/store/customers/me", asCustomer(bob.token, LAPTOP))
        const bobWithAdasId = await api.get("/store/touchpoints/visitor", asCustomer(bob.token, LAPTOP)).catch(fail)
        expect(bobWithAdasId.status).toBe(401)
        const events = { events: [{ type: "product_view", product_id: "prod_cup" }] }
        const rotated = await api.post("/store/touchpoints/events", events, asCustomer(bob.token, LAPTOP))
        expect(rotated.data).toMatchObject({ visitor_rotated: true, stored: 0 })
        expect(rotated.data.visitor_id).not.toBe(LAPTOP)
        const { data } = await api.get("/store/touchpoints/visitor", asCustomer(bob.token))
        expect(data.visitor).toMatchObject({ customer_id: bob.customerId, event_count: 0 })
        const adaView = await api.get("/store/touchpoints/visitor", asCustomer(ada.token))
        expect(adaView.data.visitor).toMatchObject({
          event_count: 1,
          product_views: [{ product_id: "prod_tea", count: 1 }],
        })
      })
    })

    describe("order statistics", () => {
      it("should count placed orders once, reset visits since last order and drop canceled ones", async () => {
        const container = getContainer()
        await track(LAPTOP, "prod_tea", 1)
        const { token, customerId } = await registerCustomer(api, key, "ada@example.com")
        await api.get("/store/customers/me", asCustomer(token, LAPTOP))

        const first = await createCustomerOrder(container, {
          customerId,
          email: "ada@example.com",
          currency: "eur",
          unitPrice: 20,
          quantity: 2,
        })
        const second = await createCustomerOrder(container, {
          customerId,
          email: "ada@example.com",
          currency: "usd",
          unitPrice: 15,
        })
        await emitAndWait(container, "order.placed", { id: first })
        await emitAndWait(container, "order.placed", { id: first }) // redelivery
        await emitAndWait(container, "order.placed", { id: second })

        let { data } = await api.get("/store/touchpoints/visitor", asCustomer(token))
        expect(data.visitor.orders).toMatchObject({ count: 2, total_spent: { eur: 40, usd: 15 } })
        expect(data.visitor.orders.last_order_at).not.toBeNull()
        expect(data.visitor.visits_since_last_order).toBe(0)

        await container.resolve(Modules.ORDER).cancel(second)
        await emitAndWait(container, "order.canceled", { id: second })
        ;({ data } = await api.get("/store/touchpoints/visitor", asCustomer(token)))
        expect(data.visitor.orders).toMatchObject({ count: 1, total_spent: { eur: 40 } })
      })
    })

    describe("POST /admin/touchpoints/visitors/backfill-orders", () => {
      it("should count existing orders once into customer profiles, for admins only", async () => {
        const container = getContainer()
        const { token, customerId } = await registerCustomer(api, key, "ada@example.com")
        await createCustomerOrder(container, { customerId, email: "ada@example.com", currency: "eur", unitPrice: 12 })
        const canceled = await createCustomerOrder(container, {
          customerId,
          email: "ada@example.com",
          currency: "eur",
          unitPrice: 99,
        })
        await container.resolve(Modules.ORDER).cancel(canceled)

        const anonymous = await api.post("/admin/touchpoints/visitors/backfill-orders", {}).catch(fail)
        expect(anonymous.status).toBe(401)
        const admin = await adminHeaders(container, api)
        const extra = await api.post("/admin/touchpoints/visitors/backfill-orders", { all: true }, admin).catch(fail)
        expect(extra.status).toBe(400)

        const first = await api.post("/admin/touchpoints/visitors/backfill-orders", {}, admin)
        expect(first.data).toEqual({ seen: 2, counted: 1 })
        const again = await api.post("/admin/touchpoints/visitors/backfill-orders", {}, admin)
        expect(again.data).toEqual({ seen: 2, counted: 0 })
        const { data } = await api.get("/store/touchpoints/visitor", asCustomer(token))
        expect(data.visitor.orders).toMatchObject({ count: 1, total_spent: { eur: 12 } })
      })
    })

    describe("POST /store/touchpoints/consent", () => {
      it("should record consent and erase analytics data when it is withdrawn", async () => {
        await track(LAPTOP, "prod_tea", 2)
        await api.post(
          "/store/touchpoints/events",
          { events: [{ type: "add_to_cart", variant_id: "variant_1", quantity: 1, cart_id: "cart_1" }] },
          headersFor(key, { "x-touchpoints-visitor": LAPTOP })
        )
        const response = await api.post(
          "/store/touchpoints/consent",
          { analytics: false, source: "banner" },
          headersFor(key, { "x-touchpoints-visitor": LAPTOP })
        )
        expect(response.data).toMatchObject({ visitor_id: LAPTOP, analytics: false, stored: true })

        const { data } = await api.get(
          "/store/touchpoints/visitor",
          headersFor(key, { "x-touchpoints-visitor": LAPTOP })
        )
        expect(data.visitor).toMatchObject({
          product_views: [],
          recent_product_ids: [],
          visits: 0,
          add_to_carts: 1,
          consent: { analytics: false, source: "banner" },
        })
        const { rows } = await container().raw("SELECT type FROM tp_visitor_event")
        expect(rows.map((row) => row.type)).toEqual(["add_to_cart"])
      })

      it("should store nothing for 'necessary only' from a browser without a visitor id", async () => {
        const { data } = await api.post("/store/touchpoints/consent", { analytics: false }, headersFor(key))
        expect(data).toEqual({ visitor_id: null, analytics: false, stored: false })
      })

      it("should reject a body with unknown fields or wrong types", async () => {
        const unknown = await api
          .post("/store/touchpoints/consent", { analytics: true, marketing: true }, headersFor(key))
          .catch(fail)
        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toMatch(/marketing/)
        const wrong = await api.post("/store/touchpoints/consent", { analytics: "yes" }, headersFor(key)).catch(fail)
        expect(wrong.status).toBe(400)
        expect(wrong.data.message).toMatch(/analytics/)
      })
    })

    describe("ingestVisitorEventsStep in a workflow", () => {
      it("should undo the stored batch when a later step fails (compensation)", async () => {
        await track(LAPTOP, "prod_tea", 2)
        const failAfterIngest = createStep("test-fail-after-ingest", async () => {
          throw new Error("injected failure")
        })
        const workflow = createWorkflow("test-ingest-then-fail", (input: { visitor_id: string; events: [] }) => {
          const result = ingestVisitorEventsStep(input)
          failAfterIngest()
          return new WorkflowResponse(result)
        })
        const events = [{ type: "product_view", product_id: "prod_cup", occurred_at: new Date().toISOString() }]
        const { errors } = await workflow(getContainer()).run({
          input: { visitor_id: storedVisitorId(LAPTOP), events } as never,
          throwOnError: false,
        })
        expect(errors[0]?.error?.message).toBe("injected failure")
        const { data } = await api.get(
          "/store/touchpoints/visitor",
          headersFor(key, { "x-touchpoints-visitor": LAPTOP })
        )
        expect(data.visitor).toMatchObject({ event_count: 2, product_views: [{ product_id: "prod_tea", count: 2 }] })
        const { rows } = await container().raw("SELECT count(*)::int AS n FROM tp_visitor_event")
        expect(rows[0].n).toBe(2)
      })
    })

    describe("retention job", () => {
      it("should delete raw events past retention and keep the profile's aggregates", async () => {
        await track(LAPTOP, "prod_tea", 3)
        const db = container()
        await db.raw(
          "UPDATE tp_visitor_event SET occurred_at = now() - interval '91 days' WHERE id IN (SELECT id FROM tp_visitor_event LIMIT 2)"
        )
        await purgeExpiredVisitorEvents(getContainer())
        await purgeExpiredVisitorEvents(getContainer()) // a second worker running the same tick deletes nothing more
        const { rows } = await db.raw("SELECT count(*)::int AS n FROM tp_visitor_event")
        expect(rows[0].n).toBe(1)
        const { data } = await api.get(
          "/store/touchpoints/visitor",
          headersFor(key, { "x-touchpoints-visitor": LAPTOP })
        )
        expect(data.visitor.product_views).toEqual([{ product_id: "prod_tea", count: 3 }])
      })
    })

    const container = () =>
      getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as {
        raw: (sql: string) => Promise<{ rows: Record<string, unknown>[] }>
      }
  },
})
