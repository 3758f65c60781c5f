import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCartRecoveryShop } from "../../helpers/cart-recovery-shop"
import { registerCustomer } from "../../helpers/customers"
import { explain, failure } from "../../helpers/http"
import { httpTestRunner } from "../../helpers/runner"
import { issueVisitorId, storedVisitorId } from "../../helpers/visitors"

jest.setTimeout(180_000)

/**
 * Issue 23, section 3: a visitor id is a credential the server issues, not one a caller picks; a customer's
 * profile takes writes only from that customer; behaviour facts are the server's. Each test here passed an
 * attacker on 0.1.
 */
httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let shop: Awaited<ReturnType<typeof createCartRecoveryShop>>
    let key: string

    beforeEach(async () => {
      container = getContainer()
      shop = await createCartRecoveryShop(container, api)
      key = shop.headers.headers["x-publishable-api-key"]
    })

    const as = (visitor: string | null, token?: string) => ({
      headers: {
        ...shop.headers.headers,
        ...(visitor ? { "x-touchpoints-visitor": visitor } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    })
    const db = () => container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const consentAndView = async (visitor: string, productId: string, token?: string) => {
      await api.post("/store/touchpoints/consent", { analytics: true }, as(visitor, token)).catch(explain)
      return (
        await api
          .post(
            "/store/touchpoints/events",
            { events: [{ type: "product_view", product_id: productId }] },
            as(visitor, token)
          )
          .catch(explain)
      ).data
    }

    it("should refuse ids the shop did not issue: guessed, 0.1-shaped, forged or re-signed, on every visitor route", async () => {
      const real = await issueVisitorId(api, key)
      const [id] = real.split(".")
      const forged = [
        "3f2b8c1e-9a4d-4c7b-8e21-0d5f6a7b8c9d", // a 0.1 widget's own UUID, never upgraded
        `${id}.0.${"A".repeat(22)}`, // the right id, a made-up signature
        `tpv_${"B".repeat(22)}.0.${real.split(".")[2]}`, // another id under a real signature
      ]
      for (const visitor of forged) {
        const events = await api
          .post("/store/touchpoints/events", { events: [{ type: "page_view" }] }, as(visitor))
          .catch(failure)
        expect([events.status, events.data.type]).toEqual([401, "unauthorized"])
        expect(events.data.message).toMatch(/POST \/store\/touchpoints\/visitor/)
        const consent = await api.post("/store/touchpoints/consent", { analytics: true }, as(visitor)).catch(failure)
        expect(consent.status).toBe(401)
        const read = await api.get("/store/touchpoints/visitor", as(visitor)).catch(failure)
        expect(read.status).toBe(401)
      }
      const { rows } = await db().raw("SELECT count(*)::int AS n FROM tp_visitor_identity")
      expect(rows[0].n).toBe(0)
    })

    it("should upgrade a 0.1 id once, keeping its profile, and give a replay of it a fresh id", async () => {
      // a profile as 0.1 left it: the browser chose the id, nothing signed it (signed_at is null after migrating)
      const legacy = "legacy-browser-id-000000001"
      const owner = await issueVisitorId(api, key)
      await consentAndView(owner, "prod_tea")
      await db().raw("UPDATE tp_visitor_identity SET anonymous_id = ?, signed_at = NULL WHERE anonymous_id = ?", [
        legacy,
        storedVisitorId(owner),
      ])

      const upgrade = await api.post("/store/touchpoints/visitor", { visitor_id: legacy }, as(null)).catch(explain)
      expect(upgrade.status).toBe(201)
      expect(upgrade.data.upgraded).toBe(true)
      expect(storedVisitorId(upgrade.data.visitor_id)).toBe(legacy)
      const profile = await api.get("/store/touchpoints/visitor", as(upgrade.data.visitor_id)).catch(explain)
      expect(profile.data.visitor.product_views).toEqual([{ product_id: "prod_tea", count: 1 }])

      const replay = await api.post("/store/touchpoints/visitor", { visitor_id: legacy }, as(null)).catch(explain)
      expect(replay.data.upgraded).toBe(false)
      expect(storedVisitorId(replay.data.visitor_id)).not.toBe(legacy)
      const replayed = await api.get("/store/touchpoints/visitor", as(replay.data.visitor_id)).catch(failure)
      expect(replayed.status).toBe(404)
      // an id nobody used gets no upgrade either: the server picks every new id
      const unknown = await api
        .post("/store/touchpoints/visitor", { visitor_id: "never-seen-before-000001" }, as(null))
        .catch(explain)
      expect(storedVisitorId(unknown.data.visitor_id)).toMatch(/^tpv_[A-Za-z0-9_-]{22}$/)
      const extra = await api
        .post("/store/touchpoints/visitor", { visitor_id: legacy, admin: true }, as(null))
        .catch(failure)
      expect(extra.status).toBe(400)
    })

    it("should show nothing in a profile that opens other data (no cart id)", async () => {
      const visitor = await issueVisitorId(api, key)
      const { data: cart } = await api
        .post("/store/carts", { region_id: shop.catalog.regionId, email: "victim@example.com" }, as(visitor))
        .catch(explain)
      await consentAndView(visitor, "prod_tea")
      await api
        .post(
          "/store/touchpoints/events",
          { events: [{ type: "checkout_started", cart_id: cart.cart.id }] },
          as(visitor)
        )
        .catch(explain)
      const { data } = await api.get("/store/touchpoints/visitor", as(visitor)).catch(explain)
      expect(JSON.stringify(data)).not.toContain(cart.cart.id)
      expect(data.visitor.checkouts_started).toBe(1)
    })

    it("should not let a guest holding a customer's visitor id change that customer's profile", async () => {
      const ada = await registerCustomer(api, key, "ada@example.com")
      const adasDevice = await issueVisitorId(api, key)
      await consentAndView(adasDevice, "prod_tea", ada.token)
      await api.get("/store/customers/me", as(adasDevice, ada.token)).catch(explain)
      const before = (await api.get("/store/touchpoints/visitor", as(null, ada.token)).catch(explain)).data.visitor

      // Ada's id, without Ada's session: withdrawing consent (which erases analytics) and events
      const consent = await api.post("/store/touchpoints/consent", { analytics: false }, as(adasDevice)).catch(explain)
      expect(consent.data.visitor_rotated).toBe(true)
      expect(consent.data.visitor_id).not.toBe(adasDevice)
      const events = await api
        .post(
          "/store/touchpoints/events",
          {
            events: [
              { type: "page_view", utm: { source: "attacker" } },
              { type: "product_view", product_id: "prod_x" },
            ],
          },
          as(adasDevice)
        )
        .catch(explain)
      expect(events.data.visitor_rotated).toBe(true)

      const after = (await api.get("/store/touchpoints/visitor", as(null, ada.token)).catch(explain)).data.visitor
      expect(after).toEqual(before)
      expect(after.consent.analytics).toBe(true)
    })

    it("should never hand a customer's profile to another customer who sends its visitor id", async () => {
      const ada = await registerCustomer(api, key, "ada@example.com")
      const adasDevice = await issueVisitorId(api, key)
      await consentAndView(adasDevice, "prod_tea", ada.token)
      await api.get("/store/customers/me", as(adasDevice, ada.token)).catch(explain)

      const mallory = await registerCustomer(api, key, "mallory@example.com")
      await api.get("/store/customers/me", as(adasDevice, mallory.token)).catch(explain)
      const read = await api.get("/store/touchpoints/visitor", as(adasDevice, mallory.token)).catch(failure)
      expect(read.status).toBe(401)
      // Ada keeps her id: her next events still feed her profile
      await consentAndView(adasDevice, "prod_cup", ada.token)
      const ada2 = (await api.get("/store/touchpoints/visitor", as(null, ada.token)).catch(explain)).data.visitor
      expect(ada2.product_views).toEqual(
        expect.arrayContaining([
          { product_id: "prod_tea", count: 1 },
          { product_id: "prod_cup", count: 1 },
        ])
      )
      const { rows } = await db().raw(
        "SELECT p.customer_id FROM tp_visitor_identity i JOIN tp_visitor_profile p ON p.id = i.profile_id WHERE i.anonymous_id = ?",
        [storedVisitorId(adasDevice)]
      )
      expect(rows).toEqual([{ customer_id: ada.customerId }])
    })

    it("should let no visitor claim a registered customer's cart, nor a guest cart another visitor uses", async () => {
      const ada = await registerCustomer(api, key, "ada@example.com")
      const { data: adaCart } = await api
        .post("/store/carts", { region_id: shop.catalog.regionId }, as(null, ada.token))
        .catch(explain)
      const guest = await issueVisitorId(api, key)
      const { data: guestCart } = await api
        .post("/store/carts", { region_id: shop.catalog.regionId, email: "guest@example.com" }, as(guest))
        .catch(explain)
      const attacker = await issueVisitorId(api, key)
      await consentAndView(attacker, "prod_tea")
      for (const cartId of [adaCart.cart.id, guestCart.cart.id]) {
        await api
          .post("/store/touchpoints/events", { events: [{ type: "checkout_started", cart_id: cartId }] }, as(attacker))
          .catch(explain)
        // a cart route called with the attacker's visitor header (the other way a visitor names a cart)
        await api.post(`/store/carts/${cartId}`, { metadata: { note: "mine" } }, as(attacker)).catch(() => undefined)
      }
      const { rows } = await db().raw("SELECT cart_id, anonymous_id FROM tp_visitor_cart ORDER BY cart_id")
      expect(rows).toEqual([{ cart_id: guestCart.cart.id, anonymous_id: storedVisitorId(guest) }])
    })
  },
})
