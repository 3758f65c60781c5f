import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { adminHeaders } from "../../helpers/admin"
import { registerCustomer } from "../../helpers/customers"
import { explain, failure } from "../../helpers/http"
import { useMailCatcher } from "../../helpers/mail"
import { createOffersShop } from "../../helpers/offers-shop"
import { createCustomerOrder, emitAndWait } from "../../helpers/orders"
import { httpTestRunner } from "../../helpers/runner"

jest.setTimeout(180_000)

const mail = useMailCatcher(25_266)
const DAY_MS = 86_400_000

/** Customers: the win-back offer after four months without an order, mirrored groups and the offer by email. */
httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let shop: Awaited<ReturnType<typeof createOffersShop>>
    let admin: { headers: Record<string, string> }

    /** A registered customer with one recorded order `daysAgo` days ago, opted in to offer emails. */
    const customerWithOrder = async (email: string, daysAgo: number) => {
      const { token, customerId } = await registerCustomer(api as never, shop.key, email)
      const orderId = await createCustomerOrder(container, { customerId, email, currency: "eur", unitPrice: 30 })
      await emitAndWait(container, "order.placed", { id: orderId })
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await pg.raw("UPDATE tp_visitor_profile SET last_order_at = ? WHERE customer_id = ?", [
        new Date(Date.now() - daysAgo * DAY_MS),
        customerId,
      ])
      const auth = { headers: { ...shop.headers.headers, authorization: `Bearer ${token}` } }
      await api.post("/store/touchpoints/email-consent", { granted: true, flow: "segment-offer" }, auth).catch(explain)
      return { customerId, auth }
    }

    const winBack = async () => {
      const { data } = await api
        .post(
          "/admin/segments",
          {
            name: "No order in 4 months",
            rule: {
              all: [
                { field: "days_since_last_order", op: "gte", value: 120 },
                { field: "has_account", op: "eq", value: true },
              ],
            },
            mirror_to_group: true,
            email_offer: true,
          },
          admin
        )
        .catch(explain)
      const { data: made } = await api
        .post(
          "/admin/offers",
          {
            name: "Win-back 15 %",
            segment_ids: [data.segment.id],
            promotion: { code: "WINBACK15", type: "percentage", value: 15 },
            content: {
              headline: "We miss you: 15 % off",
              text: "Come back and see what is new.",
              cta_label: "Shop now",
            },
          },
          admin
        )
        .catch(explain)
      return { segment: data.segment, offer: made.offer }
    }

    const groupsOf = async (customerId: string) => {
      const [customer] = await container
        .resolve(Modules.CUSTOMER)
        .listCustomers({ id: customerId }, { relations: ["groups"] })
      return (customer.groups ?? []).map((group) => group.id)
    }

    beforeEach(async () => {
      container = getContainer()
      shop = await createOffersShop(container, api)
      admin = await adminHeaders(container, api)
    })

    it("gives a customer whose last order is old the win-back offer, mirrors the group and mails the offer once", async () => {
      const { segment, offer } = await winBack()
      expect(segment.customer_group_id).toMatch(/^cusgroup_/)
      const lapsed = await customerWithOrder("lapsed@example.test", 130)
      const recent = await customerWithOrder("recent@example.test", 10)

      const sync = await api.post("/admin/segments/sync", {}, admin).catch(explain)
      expect(sync.data).toMatchObject({ customers: 2, entered: 1, left: 0, emailed: 1 })
      expect(await groupsOf(lapsed.customerId)).toEqual([segment.customer_group_id])
      expect(await groupsOf(recent.customerId)).toEqual([])

      const shown = await api.get("/store/offers", lapsed.auth).catch(explain)
      expect(shown.data.offer).toMatchObject({
        id: offer.id,
        code: "WINBACK15",
        reason: "Your last order was 4 months ago",
      })
      expect((await api.get("/store/offers", recent.auth).catch(explain)).data.offer).toBeNull()

      const [message] = await mail.catcher().waitForMessages(1)
      expect(message.to).toEqual(["lapsed@example.test"])
      expect(message.subject).toBe("We miss you: 15 % off")
      expect(message.text).toContain("15% off with code WINBACK15")
      const link = new URL(/https?:\/\/\S+tp_offer_token=[^\s"]+/.exec(message.text)?.[0] as string)
      const token = link.searchParams.get("tp_offer_token") as string

      // a second run (another worker, the job) neither re-enters nor re-mails
      const rerun = await api.post("/admin/segments/sync", {}, admin).catch(explain)
      expect(rerun.data).toMatchObject({ entered: 0, emailed: 0 })

      // the link shows and applies the same offer in a guest cart, for that customer only
      const viaLink = await api.get(`/store/offers?token=${encodeURIComponent(token)}`, shop.headers).catch(explain)
      expect(viaLink.data.offer.id).toBe(offer.id)
      const seen = await api
        .post(`/store/offers/${offer.id}/events`, { kind: "shown", token }, shop.headers)
        .catch(explain)
      expect(seen.data).toEqual({ recorded: true })
      const cartId = await shop.cartOf("link-visitor-000001")
      const applied = await api
        .post(`/store/carts/${cartId}/offers/${offer.id}`, { token }, shop.headers)
        .catch(explain)
      expect(applied.data.cart.promotions.map((promotion: { code: string }) => promotion.code)).toEqual(["WINBACK15"])
      const forged = await api
        .get(`/store/offers?token=${encodeURIComponent(`${token.slice(0, -2)}xx`)}`, shop.headers)
        .catch(failure)
      expect(forged.status).toBe(404)
      const foreign = await api.get(`/store/offers?token=${encodeURIComponent(token)}`, recent.auth).catch(failure)
      expect(foreign.status).toBe(404)

      // a new order takes the customer out of the segment and the group
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await pg.raw("UPDATE tp_visitor_profile SET last_order_at = now() WHERE customer_id = ?", [lapsed.customerId])
      const left = await api.post("/admin/segments/sync", {}, admin).catch(explain)
      expect(left.data).toMatchObject({ left: 1, unlinked: 1 })
      expect(await groupsOf(lapsed.customerId)).toEqual([])
    })

    it("keeps another customer's cart and segments private", async () => {
      await winBack()
      const lapsed = await customerWithOrder("owner@example.test", 200)
      const other = await customerWithOrder("other@example.test", 200)
      const { data } = await api.post("/store/carts", { region_id: shop.catalog.regionId }, lapsed.auth).catch(explain)
      const cartId = data.cart.id
      await api
        .post(`/store/carts/${cartId}/line-items`, { variant_id: shop.catalog.variants.tea, quantity: 1 }, lapsed.auth)
        .catch(explain)
      const offer = (await api.get("/store/offers", lapsed.auth).catch(explain)).data.offer

      const byOther = await api.post(`/store/carts/${cartId}/offers/${offer.id}`, {}, other.auth).catch(failure)
      expect(byOther.status).toBe(404)
      const byGuest = await api
        .post(`/store/carts/${cartId}/offers/${offer.id}`, {}, shop.visitorHeaders("someone-else-00001"))
        .catch(failure)
      expect(byGuest.status).toBe(404)
      const read = await api.get(`/store/offers?cart_id=${cartId}`, other.auth).catch(failure)
      expect(read.status).toBe(404)
      const own = await api.post(`/store/carts/${cartId}/offers/${offer.id}`, {}, lapsed.auth).catch(explain)
      expect(own.status).toBe(200)
    })
  },
})
