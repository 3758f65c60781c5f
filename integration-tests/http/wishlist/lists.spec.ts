import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { deleteProductsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { TestEventUtils } from "@medusajs/test-utils"
import { type Catalog, createCatalog } from "../../helpers/catalog"
import { registerCustomer } from "../../helpers/customers"
import { explain, failure } from "../../helpers/http"
import { httpTestRunner } from "../../helpers/runner"
import { createPublishableKey } from "../../helpers/store-fixtures"
import { shopperHeaders } from "../../helpers/wishlist"

jest.setTimeout(120_000)

type Item = {
  id: string
  variant_id: string
  quantity: number
  note: string | null
  metadata: Record<string, unknown> | null
  availability: string
  saved_price: { amount: number; currency_code: string } | null
  current_price: { amount: number; currency_code: string } | null
  product: { title: string | null; handle: string | null; thumbnail: string | null }
}
type Wishlist = { id: string; name: string; is_default: boolean; item_count: number; items: Item[] }

httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string
    let catalog: Catalog

    beforeEach(async () => {
      const fixtures = await createPublishableKey(getContainer())
      key = fixtures.token
      catalog = await createCatalog(getContainer(), fixtures.salesChannelId)
    })

    const as = shopperHeaders(() => key)
    /** A guest's first save: answers the new guest token. */
    const guestSaves = async (variantId: string, body: Record<string, unknown> = {}) => {
      const { data, headers } = await api
        .post("/store/wishlists/default/items", { variant_id: variantId, region_id: catalog.regionId, ...body }, as())
        .catch(explain)
      return { data, token: data.guest_token as string, header: headers["x-wishlist-token"] as string }
    }

    describe("POST /store/wishlists/:id/items", () => {
      it("should give a guest a signed token and a default list holding the variant with its price", async () => {
        const { data, token, header } = await guestSaves(catalog.variants.tea, {
          quantity: 2,
          note: "for the garden",
          metadata: { engraving: "A" },
        })
        expect(token).toMatch(/^wlt_[A-Za-z0-9_-]{22}\.0\.[A-Za-z0-9_-]{22}$/)
        expect(header).toBe(token)
        expect(data.wishlist).toMatchObject({ name: "Saved for later", is_default: true, item_count: 1 })
        expect(data.item).toMatchObject({
          variant_id: catalog.variants.tea,
          quantity: 2,
          note: "for the garden",
          metadata: { engraving: "A" },
          saved_price: { amount: 10, currency_code: "eur" },
          current_price: { amount: 10, currency_code: "eur" },
          price_change: { amount: 0, percent: 0, direction: "same" },
          availability: "in_stock",
          product: { title: "Green Tea", handle: "tea", thumbnail: "https://cdn.example/tea.jpg" },
        })

        const { data: again } = await api.post(
          "/store/wishlists/default/items",
          { variant_id: catalog.variants.tea, quantity: 3 },
          as(token)
        )
        expect(again.guest_token).toBeUndefined()
        expect(again.wishlist.items).toHaveLength(1)
        expect(again.item.quantity).toBe(5)
        expect(again.item.note).toBe("for the garden")
      })

      it("should show a sold-out variant as sold out", async () => {
        const { data } = await guestSaves(catalog.variants.kettle)
        expect(data.item.availability).toBe("sold_out")
      })

      it("should answer 404 for unknown and unpublished variants and 400 for bad bodies, storing nothing", async () => {
        const unknown = await api
          .post("/store/wishlists/default/items", { variant_id: "variant_nope" }, as())
          .catch(failure)
        expect(unknown.status).toBe(404)
        const hidden = await api
          .post("/store/wishlists/default/items", { variant_id: catalog.variants.hidden }, as())
          .catch(failure)
        expect(hidden.status).toBe(404)

        const { token } = await guestSaves(catalog.variants.tea)
        const bad = [
          { variant_id: catalog.variants.cup, quantity: 0 },
          { variant_id: catalog.variants.cup, quantity: -2 },
          { variant_id: catalog.variants.cup, quantity: 1.5 },
          { variant_id: catalog.variants.cup, quantity: 10_000_000 },
          { variant_id: catalog.variants.cup, color: "red" },
          { variant_id: catalog.variants.cup, note: "x".repeat(501) },
          { variant_id: catalog.variants.cup, metadata: { blob: "x".repeat(5000) } },
          { quantity: 1 },
        ]
        for (const body of bad) {
          const answer = await api.post("/store/wishlists/default/items", body, as(token)).catch(failure)
          expect(answer.status).toBe(400)
          expect(answer.data.type).toBe("invalid_data")
        }
        const overLimit = await api
          .post("/store/wishlists/default/items", { variant_id: catalog.variants.tea, quantity: 999 }, as(token))
          .catch(failure)
        expect(overLimit.status).toBe(400)
        expect(overLimit.data.message).toMatch(/at most 999/)

        const { data } = await api.get("/store/wishlists", as(token))
        expect(data.wishlists[0].items).toHaveLength(1)
        expect(data.wishlists[0].items[0].quantity).toBe(1)
      })
    })

    describe("concurrent saves", () => {
      it("should keep one item with the summed quantity when one shopper saves a variant five times at once", async () => {
        const { token } = await guestSaves(catalog.variants.cup)
        await Promise.all(
          Array.from({ length: 5 }, () =>
            api.post("/store/wishlists/default/items", { variant_id: catalog.variants.tea }, as(token)).catch(explain)
          )
        )
        const { data } = await api.get("/store/wishlists", as(token))
        const tea = (data.wishlists[0].items as Item[]).filter((item) => item.variant_id === catalog.variants.tea)
        expect(tea.map((item) => item.quantity)).toEqual([5])
      })
    })

    describe("discontinued products", () => {
      it("should keep unpublished and deleted products readable as discontinued, and refuse to move them", async () => {
        const { data, token } = await guestSaves(catalog.variants.tea)
        await api.post("/store/wishlists/default/items", { variant_id: catalog.variants.cup }, as(token))
        await api.post("/store/wishlists/default/items", { variant_id: catalog.variants.kettle }, as(token))
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const subscribersDone = Promise.all([
          TestEventUtils.waitSubscribersExecution("product.updated", eventBus),
          TestEventUtils.waitSubscribersExecution("product.deleted", eventBus),
        ])
        await updateProductsWorkflow(getContainer()).run({
          input: { selector: { id: catalog.products.cup }, update: { status: ProductStatus.DRAFT } },
        })
        await updateProductsWorkflow(getContainer()).run({
          input: { selector: { id: catalog.products.kettle }, update: { metadata: { discontinued: true } } },
        })
        await deleteProductsWorkflow(getContainer()).run({ input: { ids: [catalog.products.tea] } })
        await subscribersDone // they drop the cached facts of the changed products

        const { data: lists } = await api.get("/store/wishlists", as(token))
        const items = lists.wishlists[0].items as Item[]
        expect(items.map((item) => [item.product.title, item.availability]).sort()).toEqual([
          ["Copper Kettle", "discontinued"],
          ["Green Tea", "discontinued"],
          ["Stoneware Cup", "discontinued"],
        ])
        const tea = items.find((item) => item.variant_id === catalog.variants.tea) as Item
        expect(tea).toMatchObject({ saved_price: { amount: 10, currency_code: "eur" }, current_price: null })

        const { data: cart } = await api.post("/store/carts", { region_id: catalog.regionId }, as()).catch(explain)
        const moved = await api
          .post(
            `/store/wishlists/${data.wishlist.id}/items/${tea.id}/move-to-cart`,
            { cart_id: cart.cart.id },
            as(token)
          )
          .catch(failure)
        expect([400, 404]).toContain(moved.status)
        const { data: after } = await api.get("/store/wishlists", as(token))
        expect(after.wishlists[0].items).toHaveLength(3)
        const again = await api
          .post("/store/wishlists/default/items", { variant_id: catalog.variants.kettle }, as())
          .catch(failure)
        expect(again.status).toBe(404)
      })
    })

    describe("GET /store/wishlists", () => {
      it("should answer an empty list set for a guest without a token and 401 for a forged token", async () => {
        const { data } = await api.get("/store/wishlists", as())
        expect(data).toEqual({ wishlists: [], count: 0, offset: 0, limit: 20 })

        const { token } = await guestSaves(catalog.variants.tea)
        const forged = `${token.slice(0, -3)}abc`
        const answer = await api.get("/store/wishlists", as(forged)).catch(failure)
        expect(answer.status).toBe(401)
        expect(answer.data.message).toMatch(/x-wishlist-token/)
        const garbage = await api.get("/store/wishlists", as("hello")).catch(failure)
        expect(garbage.status).toBe(401)
        const extra = await api.get("/store/wishlists?color=red", as(token)).catch(failure)
        expect(extra.status).toBe(400)
      })

      it("should price items in the requested region", async () => {
        const { token } = await guestSaves(catalog.variants.cup)
        const { data } = await api.get(`/store/wishlists?region_id=${catalog.usRegionId}`, as(token))
        const [item] = data.wishlists[0].items as Item[]
        expect(item.current_price).toEqual({ amount: 22, currency_code: "usd" })
        expect(item.saved_price).toEqual({ amount: 20, currency_code: "eur" })
        expect(data.wishlists[0].items[0].price_change).toBeNull()
      })
    })

    describe("named lists", () => {
      it("should create, rename and delete named lists; names are unique per shopper", async () => {
        const { token } = await guestSaves(catalog.variants.tea)
        const { data: created } = await api.post("/store/wishlists", { name: "Birthday" }, as(token))
        expect(created.wishlist).toMatchObject({ name: "Birthday", is_default: false, item_count: 0 })
        const id = created.wishlist.id as string

        const duplicate = await api.post("/store/wishlists", { name: " birthday " }, as(token)).catch(failure)
        expect(duplicate.status).toBe(409)
        const empty = await api.post("/store/wishlists", { name: "  " }, as(token)).catch(failure)
        expect(empty.status).toBe(400)

        await api.post(`/store/wishlists/${id}/items`, { variant_id: catalog.variants.cup }, as(token))
        const { data: renamed } = await api.post(`/store/wishlists/${id}`, { name: "Gifts" }, as(token))
        expect(renamed.wishlist).toMatchObject({ name: "Gifts", item_count: 1 })

        const { data: lists } = await api.get("/store/wishlists", as(token))
        expect(lists.wishlists.map((list: Wishlist) => list.name)).toEqual(["Saved for later", "Gifts"])

        const defaultId = lists.wishlists[0].id
        const keepDefault = await api.delete(`/store/wishlists/${defaultId}`, as(token)).catch(failure)
        expect(keepDefault.status).toBe(400)

        const { data: renamedDefault } = await api
          .post("/store/wishlists/default", { name: "Later" }, as(token))
          .catch(explain)
        expect(renamedDefault.wishlist).toMatchObject({ id: defaultId, name: "Later", is_default: true })
        const { data: sharedDefault } = await api.post("/store/wishlists/default/share", {}, as(token)).catch(explain)
        expect(sharedDefault.share.token).toBeTruthy()
        expect((await api.delete("/store/wishlists/default/share", as(token)).catch(explain)).data.deleted).toBe(true)

        const { data: deleted } = await api.delete(`/store/wishlists/${id}`, as(token))
        expect(deleted).toEqual({ id, object: "wishlist", deleted: true })
        const gone = await api.get(`/store/wishlists/${id}`, as(token)).catch(failure)
        expect(gone.status).toBe(404)
      })

      it("should hold at most 20 lists per shopper", async () => {
        const { token } = await guestSaves(catalog.variants.tea)
        for (let index = 1; index < 20; index += 1) {
          await api.post("/store/wishlists", { name: `List ${index}` }, as(token))
        }
        const over = await api.post("/store/wishlists", { name: "One too many" }, as(token)).catch(failure)
        expect(over.status).toBe(400)
        expect(over.data.message).toMatch(/at most 20 lists/)
      })
    })

    describe("items", () => {
      it("should update quantity and note, and remove an item", async () => {
        const { data, token } = await guestSaves(catalog.variants.tea)
        const listId = data.wishlist.id
        const itemId = data.item.id
        const { data: updated } = await api.post(
          `/store/wishlists/${listId}/items/${itemId}`,
          { quantity: 4, note: "two for mum" },
          as(token)
        )
        expect(updated.item).toMatchObject({ quantity: 4, note: "two for mum" })
        const { data: cleared } = await api.post(
          `/store/wishlists/${listId}/items/${itemId}`,
          { note: null },
          as(token)
        )
        expect(cleared.item).toMatchObject({ quantity: 4, note: null })
        const nothing = await api.post(`/store/wishlists/${listId}/items/${itemId}`, {}, as(token)).catch(failure)
        expect(nothing.status).toBe(400)

        const { data: removed } = await api.delete(`/store/wishlists/${listId}/items/${itemId}`, as(token))
        expect(removed).toMatchObject({ id: itemId, object: "wishlist_item", deleted: true })
        expect(removed.parent.items).toHaveLength(0)
        const twice = await api.delete(`/store/wishlists/${listId}/items/${itemId}`, as(token)).catch(failure)
        expect(twice.status).toBe(409)
      })
    })

    describe("ownership", () => {
      it("should answer 404 for another shopper's lists and items, guest or customer", async () => {
        const { data: saved, token: guest } = await guestSaves(catalog.variants.tea)
        const listId = saved.wishlist.id
        const itemId = saved.item.id
        const { token: otherGuest } = await guestSaves(catalog.variants.cup)
        const ada = await registerCustomer(api, key, "ada@example.com")

        for (const intruder of [as(otherGuest), as(undefined, ada.token), as()]) {
          const attempts = [
            () => api.get(`/store/wishlists/${listId}`, intruder),
            () => api.post(`/store/wishlists/${listId}`, { name: "Mine" }, intruder),
            () => api.delete(`/store/wishlists/${listId}`, intruder),
            () => api.post(`/store/wishlists/${listId}/items`, { variant_id: catalog.variants.cup }, intruder),
            () => api.post(`/store/wishlists/${listId}/items/${itemId}`, { quantity: 9 }, intruder),
            () => api.delete(`/store/wishlists/${listId}/items/${itemId}`, intruder),
            () => api.post(`/store/wishlists/${listId}/share`, {}, intruder),
            () => api.delete(`/store/wishlists/${listId}/share`, intruder),
          ]
          for (const attempt of attempts) {
            const answer = await attempt().catch(failure)
            expect(answer.status).toBe(404)
          }
        }
        const { data } = await api.get("/store/wishlists", as(guest))
        expect(data.wishlists[0]).toMatchObject({ name: "Saved for later", item_count: 1 })
        expect(data.wishlists[0].items[0].quantity).toBe(1)
      })

      it("should keep a customer's lists to the customer", async () => {
        const ada = await registerCustomer(api, key, "ada@example.com")
        const bob = await registerCustomer(api, key, "bob@example.com")
        const { data } = await api.post(
          "/store/wishlists/default/items",
          { variant_id: catalog.variants.tea },
          as(undefined, ada.token)
        )
        expect(data.guest_token).toBeUndefined()
        const { data: bobs } = await api.get("/store/wishlists", as(undefined, bob.token))
        expect(bobs.wishlists).toEqual([])
        const { data: adas } = await api.get("/store/wishlists", as(undefined, ada.token))
        expect(adas.wishlists[0].items[0].variant_id).toBe(catalog.variants.tea)
      })
    })

    describe("GET /store/wishlist-counts", () => {
      it("should count the shoppers holding each variant", async () => {
        await guestSaves(catalog.variants.tea)
        await guestSaves(catalog.variants.tea)
        const { token } = await guestSaves(catalog.variants.cup)
        await api.post("/store/wishlists", { name: "Other" }, as(token))
        const { data } = await api.get(
          `/store/wishlist-counts?variant_id=${catalog.variants.tea}&variant_id=${catalog.variants.cup}&variant_id=${catalog.variants.kettle}`,
          as()
        )
        expect(data.counts).toEqual({
          [catalog.variants.tea]: 2,
          [catalog.variants.cup]: 1,
          [catalog.variants.kettle]: 0,
        })
        const none = await api.get("/store/wishlist-counts", as()).catch(failure)
        expect(none.status).toBe(400)
      })
    })
  },
})
