import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateInventoryLevelsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { TestEventUtils } from "@medusajs/test-utils"
import checkWishlistAlerts from "@touchpoints/wishlist/jobs/check-alerts"
import { checkWishlistAlertsWorkflow, WishlistEvents } from "@touchpoints/wishlist/workflows"
import { adminHeaders } from "../../helpers/admin"
import { type Catalog, createCatalog } from "../../helpers/catalog"
import { registerCustomer } from "../../helpers/customers"
import { explain, failure } from "../../helpers/http"
import { emitAndWait } from "../../helpers/orders"
import { httpTestRunner } from "../../helpers/runner"
import { createPublishableKey } from "../../helpers/store-fixtures"
import { type ShopperHeaders, shopperHeaders } from "../../helpers/wishlist"

jest.setTimeout(120_000)

type Alert = Record<string, unknown>

httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string
    let catalog: Catalog
    const received: Record<string, Alert[]> = { [WishlistEvents.PRICE_DROPPED]: [], [WishlistEvents.BACK_IN_STOCK]: [] }

    beforeAll(() => {
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      for (const name of Object.keys(received)) {
        eventBus.subscribe(name, async (event) => {
          received[name].push(event.data as Alert)
        })
      }
    })

    beforeEach(async () => {
      const fixtures = await createPublishableKey(getContainer())
      key = fixtures.token
      catalog = await createCatalog(getContainer(), fixtures.salesChannelId)
      for (const name of Object.keys(received)) received[name] = []
    })

    const as = shopperHeaders(() => key)
    const save = async (headers: ShopperHeaders, variantId: string) =>
      (
        await api
          .post("/store/wishlists/default/items", { variant_id: variantId, region_id: catalog.regionId }, headers)
          .catch(explain)
      ).data
    /** Runs `change` and waits until every subscriber of `eventName` ran. */
    const afterSubscribers = async (eventName: string, change: () => Promise<unknown>) => {
      const done = TestEventUtils.waitSubscribersExecution(eventName, getContainer().resolve(Modules.EVENT_BUS))
      await change()
      await done
    }

    describe("alert events", () => {
      it("should emit wishlist.price_dropped once when a saved variant gets cheaper", async () => {
        const ada = await registerCustomer(api, key, "ada@example.com")
        const saved = await save(as(undefined, ada.token), catalog.variants.cup)
        await afterSubscribers(WishlistEvents.PRICE_DROPPED, () =>
          updateProductVariantsWorkflow(getContainer()).run({
            input: {
              selector: { id: catalog.variants.cup },
              update: { prices: [{ amount: 15, currency_code: "eur" }] },
            },
          })
        )
        expect(received[WishlistEvents.PRICE_DROPPED]).toEqual([
          {
            wishlist_id: saved.wishlist.id,
            item_id: saved.item.id,
            variant_id: catalog.variants.cup,
            product_id: catalog.products.cup,
            customer_id: ada.customerId,
            currency_code: "eur",
            previous_amount: 20,
            amount: 15,
          },
        ])

        // the sweep job and two racing checks see nothing new
        await checkWishlistAlerts(getContainer())
        await Promise.all([
          checkWishlistAlertsWorkflow(getContainer()).run({ input: {} }),
          checkWishlistAlertsWorkflow(getContainer()).run({ input: {} }),
        ])
        expect(received[WishlistEvents.PRICE_DROPPED]).toHaveLength(1)
      })

      it("should report a price drop to exactly one of two racing checks", async () => {
        await save(as(), catalog.variants.tea)
        await save(as(), catalog.variants.tea)
        // change the price behind Medusa's back (no event), as a direct import would: only the sweep sees it
        const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        await db.raw(
          `UPDATE price SET amount = 7, raw_amount = '{"value": "7", "precision": 20}'::jsonb
           WHERE currency_code = 'eur' AND amount = 10 AND deleted_at IS NULL`
        )
        const results = await Promise.all([
          checkWishlistAlertsWorkflow(getContainer()).run({ input: {} }),
          checkWishlistAlertsWorkflow(getContainer()).run({ input: {} }),
        ])
        expect(results.map(({ result }) => result.price_dropped).reduce((a, b) => a + b, 0)).toBe(2)
        await new Promise((resolve) => setTimeout(resolve, 200)) // grouped events are released after the run
        expect(received[WishlistEvents.PRICE_DROPPED].map((event) => event.amount)).toEqual([7, 7])
      })

      it("should emit wishlist.back_in_stock when a sold-out saved variant is restocked", async () => {
        const saved = await save(as(), catalog.variants.kettle)
        expect(saved.item.availability).toBe("sold_out")
        await afterSubscribers(WishlistEvents.BACK_IN_STOCK, () =>
          updateInventoryLevelsWorkflow(getContainer()).run({
            input: {
              updates: [
                {
                  inventory_item_id: catalog.inventoryItems.kettle,
                  location_id: catalog.locationId,
                  stocked_quantity: 3,
                },
              ],
            },
          })
        )
        expect(received[WishlistEvents.BACK_IN_STOCK]).toEqual([
          expect.objectContaining({ item_id: saved.item.id, variant_id: catalog.variants.kettle, customer_id: null }),
        ])
        const { data } = await api.get("/store/wishlists", as(saved.guest_token))
        expect(data.wishlists[0].items[0].availability).toBe("in_stock")
      })
    })

    describe("GET /admin/wishlists/stats", () => {
      it("should rank the most-saved products and count saved items later bought", async () => {
        const ada = await registerCustomer(api, key, "ada@example.com")
        await save(as(undefined, ada.token), catalog.variants.cup)
        await save(as(undefined, ada.token), catalog.variants.tea)
        const guest = await save(as(), catalog.variants.tea)
        await save(as(), catalog.variants.tea)

        // the guest moves tea into a cart that becomes an order
        const { data: cart } = await api.post("/store/carts", { region_id: catalog.regionId }, as()).catch(explain)
        await api
          .post(
            `/store/wishlists/${guest.wishlist.id}/items/${guest.item.id}/move-to-cart`,
            { cart_id: cart.cart.id },
            as(guest.guest_token)
          )
          .catch(explain)
        const orders = getContainer().resolve(Modules.ORDER)
        const [guestOrder, adaOrder] = await orders.createOrders([
          {
            email: "guest@example.com",
            currency_code: "eur",
            items: [{ title: "Tea", quantity: 1, unit_price: 10, variant_id: catalog.variants.tea }],
          },
          {
            customer_id: ada.customerId,
            email: "ada@example.com",
            currency_code: "eur",
            items: [{ title: "Cup", quantity: 1, unit_price: 20, variant_id: catalog.variants.cup }],
          },
        ])
        await getContainer()
          .resolve("link")
          .create({ [Modules.ORDER]: { order_id: guestOrder.id }, [Modules.CART]: { cart_id: cart.cart.id } })
        await emitAndWait(getContainer(), "order.placed", { id: guestOrder.id })
        await emitAndWait(getContainer(), "order.placed", { id: adaOrder.id })

        const headers = await adminHeaders(getContainer(), api)
        const { data } = await api.get("/admin/wishlists/stats", headers).catch(explain)
        expect(data.totals).toEqual({
          lists: 3,
          shoppers: 3,
          active_items: 3,
          saved_items: 4,
          purchased_items: 2,
          conversion_rate: 0.5,
        })
        expect(data.products).toEqual([
          {
            product_id: catalog.products.tea,
            title: "Green Tea",
            saves: 3,
            active: 2,
            purchased: 1,
            conversion_rate: 0.3333,
          },
          {
            product_id: catalog.products.cup,
            title: "Stoneware Cup",
            saves: 1,
            active: 1,
            purchased: 1,
            conversion_rate: 1,
          },
        ])
        const { data: top } = await api.get("/admin/wishlists/stats?limit=1", headers)
        expect(top.products).toHaveLength(1)
        const { data: cup } = await api.get(`/admin/wishlists/stats?product_id=${catalog.products.cup}`, headers)
        expect(cup.products).toEqual([
          expect.objectContaining({ product_id: catalog.products.cup, saves: 1, purchased: 1 }),
        ])
        expect(cup.totals).toEqual(data.totals)
        expect((await api.get("/admin/wishlists/stats?product_id=a%20b", headers).catch(failure)).status).toBe(400)
        const future = await api.get(
          `/admin/wishlists/stats?since=${new Date(Date.now() + 60_000).toISOString()}`,
          headers
        )
        expect(future.data.totals.saved_items).toBe(0)

        expect((await api.get("/admin/wishlists/stats?limit=0", headers).catch(failure)).status).toBe(400)
        expect((await api.get("/admin/wishlists/stats?since=yesterday", headers).catch(failure)).status).toBe(400)
        expect((await api.get("/admin/wishlists/stats").catch(failure)).status).toBe(401)
      })
    })
  },
})
