import path from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { VISITOR_MODULE } from ".."
import type VisitorModuleService from "../service"

jest.setTimeout(60_000)

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000)
const pageView = (minutes = 1) => ({ type: "page_view" as const, occurred_at: minutesAgo(minutes).toISOString() })
const addToCart = (cartId: string) => ({
  type: "add_to_cart" as const,
  occurred_at: minutesAgo(1).toISOString(),
  variant_id: "variant_tea",
  quantity: 1,
  cart_id: cartId,
})
const guestOrder = (orderId: string, cartId: string, placedAt = new Date(Date.now() + 1000)) => ({
  orderId,
  customerId: `cus_guest_${orderId}`,
  guestCartId: cartId,
  currencyCode: "EUR",
  total: 25,
  placedAt,
})

moduleIntegrationTestRunner<VisitorModuleService>({
  moduleName: VISITOR_MODULE,
  resolve: path.join(__dirname, ".."),
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  moduleOptions: { consent: { required: false } },
  testSuite: ({ service }) => {
    const profileOf = async (anonymousId: string) => {
      const [identity] = await service.listVisitorIdentities({ anonymous_id: anonymousId })
      const [profile] = await service.listVisitorProfiles({ id: identity.profile_id })
      return profile
    }

    describe("VisitorModuleService cart associations", () => {
      it("should keep the first visitor of a cart and never move it to a later caller", async () => {
        const first = await service.associateCart({
          cartId: "cart_a",
          anonymousId: "visitor-owner-000001",
          source: "request",
        })
        expect(first).toEqual({ anonymous_id: "visitor-owner-000001", created_id: expect.stringMatching(/^tpvc_/) })
        const again = await service.associateCart({
          cartId: "cart_a",
          anonymousId: "visitor-owner-000001",
          source: "request",
        })
        expect(again).toEqual({ anonymous_id: "visitor-owner-000001", created_id: null })
        const attacker = await service.associateCart({
          cartId: "cart_a",
          anonymousId: "visitor-attacker-0001",
          source: "request",
        })
        expect(attacker).toEqual({ anonymous_id: "visitor-owner-000001", created_id: null })
        // nor through an event naming the cart
        await service.ingestEvents({ anonymousId: "visitor-attacker-0001", events: [addToCart("cart_a")] })
        expect(await service.listVisitorCarts({ cart_id: "cart_a" })).toMatchObject([
          { anonymous_id: "visitor-owner-000001", source: "request" },
        ])

        await service.forgetCartAssociations([first.created_id as string])
        expect(await service.listVisitorCarts({ cart_id: "cart_a" })).toHaveLength(0)
      })

      it("should associate the carts named by add-to-cart events, and undo that with the batch", async () => {
        const batch = await service.ingestEvents({
          anonymousId: "visitor-events-000001",
          events: [
            addToCart("cart_b"),
            addToCart("cart_b"),
            { ...pageView(), type: "checkout_started", cart_id: "cart_c" },
          ],
        })
        expect(
          (await service.listVisitorCarts({ anonymous_id: "visitor-events-000001" })).map((c) => c.cart_id).sort()
        ).toEqual(["cart_b", "cart_c"])
        await service.revertIngest(batch)
        expect(await service.listVisitorCarts({})).toHaveLength(0)
      })
    })

    describe("VisitorModuleService guest orders", () => {
      it("should count a guest's order into the visitor who used its cart, once, and forget it when canceled", async () => {
        await service.ingestEvents({ anonymousId: "visitor-guest-000001", events: [pageView(240), pageView(1)] })
        expect((await profileOf("visitor-guest-000001")).visits_since_last_order).toBe(2)
        await service.associateCart({ cartId: "cart_g", anonymousId: "visitor-guest-000001", source: "request" })

        expect(await service.recordOrder(guestOrder("order_g", "cart_g"))).toBe(true)
        expect(await service.recordOrder(guestOrder("order_g", "cart_g"))).toBe(false) // redelivery
        expect(await profileOf("visitor-guest-000001")).toMatchObject({
          customer_id: null,
          order_count: 1,
          total_spent: { eur: 25 },
          visits_since_last_order: 0,
        })
        // nothing went to the guest customer record
        expect(await service.listVisitorProfiles({ customer_id: "cus_guest_order_g" })).toHaveLength(0)

        expect(await service.forgetOrder("order_g")).toBe(true)
        expect(await profileOf("visitor-guest-000001")).toMatchObject({
          order_count: 0,
          total_spent: {},
          last_order_at: null,
        })
      })

      it("should ignore an association recorded after the order was placed", async () => {
        await service.associateCart({ cartId: "cart_late", anonymousId: "visitor-late-0000001", source: "event" })
        expect(await service.recordOrder(guestOrder("order_late", "cart_late", minutesAgo(60)))).toBe(true)
        expect(await service.listVisitorIdentities({ anonymous_id: "visitor-late-0000001" })).toHaveLength(0)
        const [guestRecord] = await service.listVisitorProfiles({ customer_id: "cus_guest_order_late" })
        expect(guestRecord.order_count).toBe(1)
      })

      it("should not give a guest order to a customer whose device it was placed on", async () => {
        await service.linkCustomer({ anonymousId: "visitor-shared-000001", customerId: "cus_ada" })
        await service.associateCart({ cartId: "cart_s", anonymousId: "visitor-shared-000001", source: "request" })
        await service.recordOrder(guestOrder("order_s", "cart_s"))
        expect((await profileOf("visitor-shared-000001")).order_count).toBe(0)
        const [guestRecord] = await service.listVisitorProfiles({ customer_id: "cus_guest_order_s" })
        expect(guestRecord.order_count).toBe(1)
      })

      it("should keep a guest's orders when the visitor registers, also merging into another device's profile", async () => {
        await service.ingestEvents({ anonymousId: "visitor-laptop-000001", events: [pageView()] })
        await service.linkCustomer({ anonymousId: "visitor-laptop-000001", customerId: "cus_bea" })
        await service.associateCart({ cartId: "cart_p", anonymousId: "visitor-phone-0000001", source: "event" })
        await service.recordOrder(guestOrder("order_p", "cart_p"))

        expect(await service.linkCustomer({ anonymousId: "visitor-phone-0000001", customerId: "cus_bea" })).toBe(
          "merged"
        )
        const [bea] = await service.listVisitorProfiles({ customer_id: "cus_bea" })
        expect(bea).toMatchObject({ order_count: 1, total_spent: { eur: 25 } })
        expect(await service.forgetOrder("order_p")).toBe(true)
        const [after] = await service.listVisitorProfiles({ customer_id: "cus_bea" })
        expect(after.order_count).toBe(0)
      })
    })
  },
})
