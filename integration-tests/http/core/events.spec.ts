import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { headersFor } from "../../helpers/customers"
import { httpTestRunner } from "../../helpers/runner"
import { createPublishableKey } from "../../helpers/store-fixtures"
import { issueVisitorId, moveVisitorBack } from "../../helpers/visitors"

jest.setTimeout(120_000)

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString()
const fail = (error: { response?: unknown }) =>
  error.response as { status: number; data: { type: string; message: string } }

httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string
    let VISITOR: string

    beforeEach(async () => {
      key = (await createPublishableKey(getContainer())).token
      VISITOR = await issueVisitorId(api, key)
    })

    const post = (body: unknown, headers: Record<string, string> = {}) =>
      api.post("/store/touchpoints/events", body, headersFor(key, headers))
    const consent = (visitor: string, analytics: boolean) =>
      api.post("/store/touchpoints/consent", { analytics }, headersFor(key, { "x-touchpoints-visitor": visitor }))
    const summary = (visitor: string) =>
      api.get("/store/touchpoints/visitor", headersFor(key, { "x-touchpoints-visitor": visitor }))

    describe("POST /store/touchpoints/events", () => {
      it("should store consented batches and keep the profile's aggregates", async () => {
        await consent(VISITOR, true)
        const first = await post(
          {
            events: [
              {
                type: "page_view",
                occurred_at: minutesAgo(100),
                url: "/",
                utm: { source: "newsletter", medium: "email", campaign: "spring" },
              },
              { type: "product_view", occurred_at: minutesAgo(95), product_id: "prod_1" },
              { type: "product_view", occurred_at: minutesAgo(90), product_id: "prod_1" },
              { type: "category_view", occurred_at: minutesAgo(89), category_id: "pcat_1" },
            ],
          },
          { "x-touchpoints-visitor": VISITOR }
        )
        expect(first.status).toBe(202)
        expect(first.data).toEqual({ visitor_id: VISITOR, accepted: 4, stored: 4 })
        // 45 minutes of silence (by the server's clock): the next batch is a second visit
        await moveVisitorBack(getContainer(), VISITOR, 45)
        const response = await post(
          {
            events: [
              {
                type: "page_view",
                occurred_at: minutesAgo(44),
                url: "/?utm_source=ads",
                utm: { source: "ads", medium: "cpc" },
              },
              { type: "search", occurred_at: minutesAgo(43), query: "tea" },
              {
                type: "add_to_cart",
                occurred_at: minutesAgo(42),
                variant_id: "variant_1",
                product_id: "prod_2",
                quantity: 2,
                cart_id: "cart_1",
              },
              { type: "checkout_started", occurred_at: minutesAgo(41), cart_id: "cart_1" },
            ],
          },
          { "x-touchpoints-visitor": VISITOR }
        )
        expect(response.status).toBe(202)
        expect(response.data).toEqual({ visitor_id: VISITOR, accepted: 4, stored: 4 })

        const { data } = await summary(VISITOR)
        expect(data.visitor).not.toHaveProperty("last_cart_id") // a cart id would open the cart's email
        expect(data.visitor).toMatchObject({
          id: VISITOR, // as the browser holds it
          customer_id: null,
          visits: 2,
          event_count: 8,
          page_views: 2,
          searches: 1,
          add_to_carts: 1,
          checkouts_started: 1,
          first_touch: { source: "newsletter", medium: "email", campaign: "spring" },
          last_touch: { source: "ads", medium: "cpc" },
          product_views: [{ product_id: "prod_1", count: 2 }],
          category_views: [{ category_id: "pcat_1", count: 1 }],
          recent_product_ids: ["prod_1"],
          consent: { analytics: true },
        })
        expect(new Date(data.visitor.first_seen_at).toISOString()).toBe(
          new Date(data.visitor.first_seen_at).toISOString()
        )
      })

      it("should store recommendation impressions and clicks with their placement, and refuse bad ones", async () => {
        await consent(VISITOR, true)
        const events = [
          {
            type: "recommendation_impression",
            placement: "also_bought",
            anchor_product_id: "prod_anchor",
            product_ids: ["prod_1", "prod_2"],
          },
          {
            type: "recommendation_click",
            placement: "also_bought",
            anchor_product_id: "prod_anchor",
            product_id: "prod_2",
          },
        ]
        const response = await post({ events }, { "x-touchpoints-visitor": VISITOR })
        expect(response.data).toMatchObject({ accepted: 2, stored: 2 })
        const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const { rows } = await db.raw(
          "SELECT type, placement, anchor_product_id, product_id, product_ids FROM tp_visitor_event ORDER BY type DESC"
        )
        expect(rows).toEqual([
          {
            type: "recommendation_impression",
            placement: "also_bought",
            anchor_product_id: "prod_anchor",
            product_id: null,
            product_ids: ["prod_1", "prod_2"],
          },
          {
            type: "recommendation_click",
            placement: "also_bought",
            anchor_product_id: "prod_anchor",
            product_id: "prod_2",
            product_ids: null,
          },
        ])
        for (const bad of [
          { ...events[0], placement: "sidebar" },
          { ...events[0], product_ids: [] },
          { ...events[1], product_id: undefined },
          { ...events[1], product_ids: ["prod_1"] },
        ]) {
          const refused = await post({ events: [bad] }, { "x-touchpoints-visitor": VISITOR }).catch(fail)
          expect(refused.status).toBe(400)
        }
      })

      it("should count visits by the server's clock: backdated events open no visit", async () => {
        await consent(VISITOR, true)
        // one request claiming three visits hours apart (the old way to unlock a "third visit" offer)
        await post({
          visitor_id: VISITOR,
          events: [
            { type: "page_view", occurred_at: minutesAgo(300) },
            { type: "page_view", occurred_at: minutesAgo(200) },
            { type: "page_view", occurred_at: minutesAgo(100) },
          ],
        })
        await post({ visitor_id: VISITOR, events: [{ type: "page_view", occurred_at: minutesAgo(60) }] })
        await post({ visitor_id: VISITOR, events: [{ type: "page_view", occurred_at: minutesAgo(1) }] })
        const { data } = await summary(VISITOR)
        expect(data.visitor.visits).toBe(1)
        expect(data.visitor.page_views).toBe(5)
        const seen = Date.now() - new Date(data.visitor.first_seen_at).getTime()
        expect(seen).toBeLessThan(30 * 60_000) // the server's receipt, not the claimed 5 hours ago
      })

      it("should keep only strictly necessary events without analytics consent", async () => {
        const response = await post(
          {
            events: [
              { type: "page_view" },
              { type: "product_view", product_id: "prod_1" },
              { type: "add_to_cart", variant_id: "variant_1", quantity: 1, cart_id: "cart_9" },
            ],
          },
          { "x-touchpoints-visitor": VISITOR }
        )
        expect(response.data).toMatchObject({ accepted: 3, stored: 1 })
        const { data } = await summary(VISITOR)
        expect(data.visitor).toMatchObject({
          page_views: 0,
          product_views: [],
          add_to_carts: 1,
        })
      })

      it("should count every event of concurrent batches for one visitor", async () => {
        await consent(VISITOR, true)
        const batch = { events: Array.from({ length: 10 }, () => ({ type: "product_view", product_id: "prod_7" })) }
        await Promise.all(Array.from({ length: 8 }, () => post(batch, { "x-touchpoints-visitor": VISITOR })))
        const { data } = await summary(VISITOR)
        expect(data.visitor.event_count).toBe(80)
        expect(data.visitor.product_views).toEqual([{ product_id: "prod_7", count: 80 }])
      })

      describe("bad input", () => {
        const expectNothingStored = async () => {
          const error = await summary(VISITOR).catch(fail)
          expect(error.status).toBe(404)
        }

        it.each([
          ["an unknown event type", { events: [{ type: "purchase" }] }, /type/],
          ["an unknown field", { events: [{ type: "page_view", color: "red" }] }, /color/],
          ["an unknown top-level field", { events: [{ type: "page_view" }], extra: 1 }, /extra/],
          ["a field of another type", { events: [{ type: "page_view", product_id: "prod_1" }] }, /product_id/],
          ["a bad product id", { events: [{ type: "product_view", product_id: "prod 1; drop" }] }, /product_id/],
          ["an empty batch", { events: [] }, /events/],
          ["more than 50 events", { events: Array.from({ length: 51 }, () => ({ type: "page_view" })) }, /events/],
          ["a wrong type", { events: [{ type: "add_to_cart", variant_id: "v_1", quantity: "2" }] }, /quantity/],
          ["a bad timestamp", { events: [{ type: "page_view", occurred_at: "yesterday" }] }, /occurred_at/],
          [
            "a timestamp from last month",
            { events: [{ type: "page_view" }, { type: "page_view", occurred_at: minutesAgo(43_200) }] },
            /occurred_at/,
          ],
          [
            "a timestamp in the future",
            { events: [{ type: "page_view", occurred_at: minutesAgo(-60) }] },
            /occurred_at/,
          ],
        ])("should answer 400 for %s and store nothing", async (_name, body, message) => {
          await consent(VISITOR, true)
          const error = await post(body, { "x-touchpoints-visitor": VISITOR }).catch(fail)
          expect(error.status).toBe(400)
          expect(error.data.type).toBe("invalid_data")
          expect(error.data.message).toMatch(message)
          const { data } = await summary(VISITOR)
          expect(data.visitor.event_count).toBe(0)
        })

        it("should answer 400 without a visitor id, with a malformed one, and with two different ones", async () => {
          const events = [{ type: "page_view" }]
          expect((await post({ events }).catch(fail)).status).toBe(400)
          expect((await post({ events }, { "x-touchpoints-visitor": "short" }).catch(fail)).status).toBe(400)
          expect((await post({ events, visitor_id: "x".repeat(65) }).catch(fail)).status).toBe(400)
          const mismatch = await post(
            { events, visitor_id: await issueVisitorId(api, key) },
            { "x-touchpoints-visitor": VISITOR }
          ).catch(fail)
          expect(mismatch.status).toBe(400)
          expect(mismatch.data.message).toMatch(/different visitors/)
          await expectNothingStored()
        })

        it("should answer 413 for a batch over 64 KB", async () => {
          const events = Array.from({ length: 40 }, () => ({ type: "page_view", url: `/${"a".repeat(1800)}` }))
          const error = await post({ events }, { "x-touchpoints-visitor": VISITOR }).catch(fail)
          expect(error.status).toBe(413)
          expect(error.data.type).toBeDefined()
          await expectNothingStored()
        })

        it("should answer 400 for malformed JSON", async () => {
          const error = await api
            .post("/store/touchpoints/events", '{"events": [', {
              headers: {
                "x-publishable-api-key": key,
                "content-type": "application/json",
                "x-touchpoints-visitor": VISITOR,
              },
            })
            .catch(fail)
          expect(error.status).toBe(400)
          await expectNothingStored()
        })

        it("should refuse a request without a publishable key", async () => {
          const error = await api
            .post(
              "/store/touchpoints/events",
              { events: [{ type: "page_view" }] },
              { headers: { "x-touchpoints-visitor": VISITOR } }
            )
            .catch(fail)
          expect(error.status).toBe(400)
          await expectNothingStored()
        })
      })
    })
  },
})
