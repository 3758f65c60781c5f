import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { TestEventUtils } from "@medusajs/test-utils"
import { adminHeaders } from "../../helpers/admin"
import { createCartRecoveryShop } from "../../helpers/cart-recovery-shop"
import { registerCustomer } from "../../helpers/customers"
import { explain, failure } from "../../helpers/http"
import { emitAndWait } from "../../helpers/orders"
import { httpTestRunner } from "../../helpers/runner"
import { issueVisitorId } from "../../helpers/visitors"

jest.setTimeout(180_000)

/** Tea x2 (EUR 20) plus EUR 5 shipping: what every order here costs. */
const ORDER_TOTAL = 25

/** A guest's order reaches the profile of the visitor who checked out, found through the cart they used. */
httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let shop: Awaited<ReturnType<typeof createCartRecoveryShop>>
    let BUYER: string
    let ATTACKER: string

    beforeEach(async () => {
      container = getContainer()
      shop = await createCartRecoveryShop(container, api)
      const key = shop.headers.headers["x-publishable-api-key"]
      BUYER = await issueVisitorId(api, key)
      ATTACKER = await issueVisitorId(api, key)
    })

    const as = (visitor: string | null, token?: string) => ({
      headers: {
        ...shop.headers.headers,
        ...(visitor ? { "x-touchpoints-visitor": visitor } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    })
    const profile = async (visitor: string | null, token?: string) =>
      (await api.get("/store/touchpoints/visitor", as(visitor, token)).catch(explain)).data.visitor
    /** Consents to analytics and sends events (a page view by default) as the visitor. */
    const visit = async (visitor: string, events: Record<string, unknown>[] = [{ type: "page_view", url: "/" }]) => {
      await api.post("/store/touchpoints/consent", { analytics: true }, as(visitor)).catch(explain)
      await api.post("/store/touchpoints/events", { events }, as(visitor)).catch(explain)
    }

    /** A guest cart with tea x2 and the guest's email; `visitor` is sent on the cart requests (null: none). */
    const guestCart = async (visitor: string | null, email: string) => {
      const { data } = await api
        .post("/store/carts", { region_id: shop.catalog.regionId, email }, as(visitor))
        .catch(explain)
      await api
        .post(
          `/store/carts/${data.cart.id}/line-items`,
          { variant_id: shop.catalog.variants.tea, quantity: 2 },
          as(visitor)
        )
        .catch(explain)
      return data.cart.id as string
    }
    /** Completes the cart (the storefront's server, without the visitor header) and waits for the subscribers. */
    const placeOrder = async (cartId: string) => {
      const done = TestEventUtils.waitSubscribersExecution("order.placed", container.resolve(Modules.EVENT_BUS))
      const order = await shop.completeCart(cartId)
      await done
      return order
    }

    describe("guest checkout with the visitor header on cart requests", () => {
      it("should count the order into the visitor's profile and keep it when the guest registers and logs in", async () => {
        await visit(BUYER)
        const cartId = await guestCart(BUYER, "guest@example.com")
        const order = await placeOrder(cartId)
        expect(order.total).toBe(ORDER_TOTAL)

        const guest = await profile(BUYER)
        expect(guest).toMatchObject({
          customer_id: null,
          visits: 1,
          visits_since_last_order: 0,
          orders: { count: 1, total_spent: { eur: ORDER_TOTAL } },
        })
        expect(guest.orders.last_order_at).not.toBeNull()

        await emitAndWait(container, "order.placed", { id: order.id }) // redelivery counts nothing twice
        expect((await profile(BUYER)).orders.count).toBe(1)

        // The guest registers with the same email (Medusa makes a new customer beside the guest record) and logs in.
        const { token, customerId } = await registerCustomer(api, shop.key, "guest@example.com")
        await api.get("/store/customers/me", as(BUYER, token)).catch(explain)
        const customer = await profile(null, token)
        expect(customer).toMatchObject({
          customer_id: customerId,
          visits: 1,
          orders: { count: 1, total_spent: { eur: ORDER_TOTAL } },
        })
        // the profile is the customer's now: logged out, the visitor id no longer shows it
        const loggedOut = await api.get("/store/touchpoints/visitor", as(BUYER)).catch(failure)
        expect(loggedOut.status).toBe(401)
      })
    })

    describe("guest checkout tracked by events", () => {
      it("should find the visitor through an add-to-cart event naming the cart, and forget a canceled order", async () => {
        const cartId = await guestCart(null, "events@example.com")
        await visit(BUYER, [
          { type: "add_to_cart", variant_id: shop.catalog.variants.tea, quantity: 2, cart_id: cartId },
        ])
        const order = await placeOrder(cartId)
        expect((await profile(BUYER)).orders).toMatchObject({ count: 1, total_spent: { eur: ORDER_TOTAL } })

        await container.resolve(Modules.ORDER).cancel(order.id)
        await emitAndWait(container, "order.canceled", { id: order.id })
        expect((await profile(BUYER)).orders).toMatchObject({ count: 0, total_spent: {}, last_order_at: null })
      })
    })

    describe("another visitor naming someone else's cart", () => {
      it("should not take over the cart's order, neither before nor after checkout", async () => {
        const cartId = await guestCart(BUYER, "victim@example.com")
        // The attacker learned the cart id and names it with their own visitor id, by request and by event.
        await api.post(`/store/carts/${cartId}`, { metadata: { note: "mine" } }, as(ATTACKER)).catch(explain)
        await api
          .post(
            `/store/carts/${cartId}/line-items`,
            { variant_id: shop.catalog.variants.tea, quantity: 1 },
            as(ATTACKER)
          )
          .catch(explain)
        await visit(ATTACKER, [{ type: "checkout_started", cart_id: cartId }])
        await placeOrder(cartId)
        expect((await profile(BUYER)).orders.count).toBe(1)
        expect((await profile(ATTACKER)).orders.count).toBe(0)

        // A cart nobody associated: claimed only after checkout, it never attributes the order, not even on backfill.
        const unclaimed = await guestCart(null, "unclaimed@example.com")
        await placeOrder(unclaimed)
        await visit(ATTACKER, [{ type: "checkout_started", cart_id: unclaimed }])
        const late = await api
          .post(`/store/carts/${unclaimed}`, { metadata: { note: "mine" } }, as(ATTACKER))
          .catch(failure)
        expect(late.status).toBeGreaterThanOrEqual(400) // Medusa refuses changes to a completed cart
        const admin = await adminHeaders(container, api)
        const backfill = await api.post("/admin/touchpoints/visitors/backfill-orders", {}, admin).catch(explain)
        expect(backfill.data).toEqual({ seen: 2, counted: 0 })
        expect((await profile(ATTACKER)).orders.count).toBe(0)
        expect((await profile(BUYER)).orders.count).toBe(1)
      })
    })

    describe("POST /admin/touchpoints/visitors/backfill-orders", () => {
      it("should count a guest's order into its visitor once, however often it runs", async () => {
        await placeOrder(await guestCart(BUYER, "backfill@example.com"))
        const admin = await adminHeaders(container, api)
        const repeat = await api.post("/admin/touchpoints/visitors/backfill-orders", {}, admin).catch(explain)
        expect(repeat.data).toEqual({ seen: 1, counted: 0 })

        // As if the order had been written before the plugin counted orders: backfill finds the visitor.
        await shop.pg.raw("DELETE FROM tp_visitor_order")
        await shop.pg.raw(
          "UPDATE tp_visitor_profile SET order_count = 0, total_spent = '{}'::jsonb, last_order_at = NULL"
        )
        const first = await api.post("/admin/touchpoints/visitors/backfill-orders", {}, admin).catch(explain)
        expect(first.data).toEqual({ seen: 1, counted: 1 })
        const again = await api.post("/admin/touchpoints/visitors/backfill-orders", {}, admin).catch(explain)
        expect(again.data).toEqual({ seen: 1, counted: 0 })
        expect((await profile(BUYER)).orders).toMatchObject({ count: 1, total_spent: { eur: ORDER_TOTAL } })
      })
    })
  },
})
