import { Modules } from "@medusajs/framework/utils"
import { adminHeaders } from "../../helpers/admin"
import { explain, failure, storeHeaders } from "../../helpers/http"
import { httpTestRunner } from "../../helpers/runner"
import { createPublishableKey } from "../../helpers/store-fixtures"
import { signedVisitorId } from "../../helpers/visitors"

jest.setTimeout(120_000)

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString()

/** The owner's "others also bought" figures: widget impressions and clicks, bundle attach rate and revenue. */
httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("counts impressions and clicks per placement and the orders that took a bundle", async () => {
      const container = getContainer()
      const admin = await adminHeaders(container, api)
      const { token: key } = await createPublishableKey(container)
      const visitor = storeHeaders(key, {
        "x-touchpoints-visitor": signedVisitorId(container, "also-bought-stats-visitor-01"),
      })
      await api.post("/store/touchpoints/consent", { analytics: true }, visitor).catch(explain)
      const shown = (placement: string) => ({
        type: "recommendation_impression",
        occurred_at: minutesAgo(5),
        placement,
        anchor_product_id: "prod_anchor",
        product_ids: ["prod_a", "prod_b"],
      })
      await api
        .post(
          "/store/touchpoints/events",
          {
            events: [
              shown("also_bought"),
              shown("also_bought"),
              shown("bundle"),
              {
                type: "recommendation_click",
                occurred_at: minutesAgo(4),
                placement: "also_bought",
                anchor_product_id: "prod_anchor",
                product_id: "prod_a",
              },
            ],
          },
          visitor
        )
        .catch(explain)

      // three orders, one with a bundle discount on two of its lines, one canceled bundle order (not counted)
      const orders = container.resolve(Modules.ORDER)
      const bundled = (amount: number) => [{ code: "TP-BUNDLE-ABC123", amount }]
      const [, withBundle, canceled] = await orders.createOrders([
        { currency_code: "eur", email: "a@example.test", items: [{ title: "Tea", quantity: 1, unit_price: 10 }] },
        {
          currency_code: "eur",
          email: "b@example.test",
          items: [
            { title: "Tea", quantity: 2, unit_price: 10, adjustments: bundled(2) },
            { title: "Cup", quantity: 1, unit_price: 20, adjustments: bundled(2) },
            { title: "Kettle", quantity: 1, unit_price: 40 },
          ],
        },
        {
          currency_code: "eur",
          email: "c@example.test",
          items: [{ title: "Tea", quantity: 1, unit_price: 10, adjustments: bundled(1) }],
        },
      ])
      expect(withBundle.id).toBeDefined()
      await orders.cancel(canceled.id)

      const { data } = await api.get("/admin/also-bought/stats", admin).catch(explain)
      expect(data.stats).toMatchObject({
        recommendations: {
          also_bought: { impressions: 2, clicks: 1, click_rate: 50 },
          cart_also_bought: { impressions: 0, clicks: 0, click_rate: null },
          bundle: { impressions: 1, clicks: 0, click_rate: 0 },
        },
        orders: 2,
        bundle_orders: 1,
        bundle_attach_rate: 50,
        bundle_revenue: [{ currency_code: "eur", amount: 36 }],
      })

      const past = await api.get("/admin/also-bought/stats?from=2020-01-01&to=2020-02-01", admin).catch(explain)
      expect(past.data.stats).toMatchObject({
        orders: 0,
        bundle_orders: 0,
        bundle_attach_rate: null,
        bundle_revenue: [],
      })
      const bad = await api.get("/admin/also-bought/stats?from=2021-01-01&to=2020-01-01", admin).catch(failure)
      expect(bad.status).toBe(400)
      expect((await api.get("/admin/also-bought/stats?limit=3", admin).catch(failure)).status).toBe(400)
    })
  },
})
