import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { adminHeaders } from "../../helpers/admin"
import { registerCustomer } from "../../helpers/customers"
import { explain } from "../../helpers/http"
import { createOffersShop } from "../../helpers/offers-shop"
import { createCustomerOrder, emitAndWait } from "../../helpers/orders"
import { httpTestRunner } from "../../helpers/runner"

jest.setTimeout(180_000)

const DAY_MS = 86_400_000

/** Every field and operator of the rule language, judged by the admin preview over one real customer profile. */
httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let shop: Awaited<ReturnType<typeof createOffersShop>>
    let admin: { headers: Record<string, string> }

    beforeEach(async () => {
      container = getContainer()
      shop = await createOffersShop(container, api)
      admin = await adminHeaders(container, api)
    })

    it("evaluates each field with each of its operators over a real profile", async () => {
      const { customerId, token } = await registerCustomer(api as never, shop.key, "facts@example.test")
      const orderId = await createCustomerOrder(container, {
        customerId,
        email: "facts@example.test",
        currency: "eur",
        unitPrice: 120,
      })
      await emitAndWait(container, "order.placed", { id: orderId })
      const customers = container.resolve(Modules.CUSTOMER)
      const group = await customers.createCustomerGroups({ name: "Staff" })
      await customers.addCustomerToGroup({ customer_id: customerId, customer_group_id: group.id })
      await customers.createCustomerAddresses({
        customer_id: customerId,
        country_code: "fr",
        is_default_shipping: true,
      })
      // the rest of the profile as events would have left it (visits, campaigns, categories, a first visit long ago)
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await pg.raw(
        `UPDATE tp_visitor_profile SET visits = 6, visits_since_last_order = 4, last_order_at = ?, first_seen_at = ?,
           first_utm = '{"source": "Newsletter", "medium": "email", "campaign": "spring-sale"}',
           last_utm = '{"source": "ads", "medium": "cpc", "campaign": "winter"}',
           category_views = '{"pcat_tea": 3, "pcat_cups": 1}' WHERE customer_id = ?`,
        [new Date(Date.now() - 45 * DAY_MS), new Date(Date.now() - 400 * DAY_MS), customerId]
      )

      const members = async (rule: Record<string, unknown>) => {
        const { data } = await api.post("/admin/segments/preview", { rule, sample: 1 }, admin).catch(explain)
        return data.members as number
      }
      const cases: [string, string, unknown, unknown, string?][] = [
        ["visits", "eq", 6, 5],
        ["visits", "neq", 5, 6],
        ["visits", "gt", 5, 6],
        ["visits", "gte", 6, 7],
        ["visits", "lt", 7, 6],
        ["visits", "lte", 6, 5],
        ["visits", "between", [6, 9], [7, 9]],
        ["visits", "exists", true, false],
        ["visits_without_order", "gte", 4, 5],
        ["days_since_last_order", "between", [44, 46], [46, 60]],
        ["days_since_first_visit", "gte", 399, 401],
        ["order_count", "eq", 1, 2],
        ["total_spent", "gte", 120, 121, "eur"],
        ["first_utm_source", "eq", "newsletter", "ads"],
        ["first_utm_medium", "in", ["email", "sms"], ["sms"]],
        ["first_utm_campaign", "contains", "sale", "autumn"],
        ["last_utm_source", "not_in", ["newsletter"], ["ads"]],
        ["last_utm_medium", "starts_with", "cp", "em"],
        ["last_utm_campaign", "neq", "spring", "winter"],
        ["last_utm_campaign", "exists", true, false],
        ["viewed_categories", "includes_any", ["pcat_tea", "pcat_x"], ["pcat_x"]],
        ["viewed_categories", "includes_all", ["pcat_tea", "pcat_cups"], ["pcat_tea", "pcat_x"]],
        ["viewed_categories", "excludes", ["pcat_x"], ["pcat_cups"]],
        ["viewed_categories", "exists", true, false],
        ["country", "eq", "FR", "de"],
        ["customer_groups", "includes_any", [group.id], ["cusgroup_other"]],
        ["has_account", "eq", true, false],
      ]
      for (const [field, op, yes, no, currency] of cases) {
        const condition = { field, op, ...(currency && { currency }) }
        expect([`${field} ${op}`, await members({ ...condition, value: yes })]).toEqual([`${field} ${op}`, 1])
        expect([`${field} ${op} (not)`, await members({ ...condition, value: no })]).toEqual([
          `${field} ${op} (not)`,
          0,
        ])
      }

      // the cart is judged when the shopper asks with one
      const { data: segment } = await api
        .post(
          "/admin/segments",
          { name: "Full carts", rule: { field: "cart_value", op: "gte", value: 15, currency: "eur" } },
          admin
        )
        .catch(explain)
      await api
        .post(
          "/admin/offers",
          {
            name: "Full cart",
            segment_ids: [segment.segment.id],
            placements: ["cart"],
            promotion: { code: "FULLCART", type: "fixed", value: 3, currency_code: "eur" },
            content: { headline: "3 EUR off a full cart" },
          },
          admin
        )
        .catch(explain)
      const auth = { headers: { ...shop.headers.headers, authorization: `Bearer ${token}` } }
      expect((await api.get("/store/offers?placement=cart", auth).catch(explain)).data.offer).toBeNull()
      const cartId = await shop.cartOf("facts-visitor-000001", { authorization: `Bearer ${token}` })
      const withCart = await api.get(`/store/offers?placement=cart&cart_id=${cartId}`, auth).catch(explain)
      expect(withCart.data.offer).toMatchObject({
        code: "FULLCART",
        worth: 3,
        discount: { type: "fixed", value: 3, currency_code: "eur" },
      })
      expect(
        (await api.get(`/store/offers?placement=home&cart_id=${cartId}`, auth).catch(explain)).data.offer
      ).toBeNull()
    })
  },
})
