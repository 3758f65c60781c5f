import { MedusaError, Modules } from "@medusajs/framework/utils"
import { updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { TestEventUtils } from "@medusajs/test-utils"
import { moveWishlistItemToCartWorkflow, saveCartLineForLaterWorkflow } from "@touchpoints/wishlist/workflows"
import { type Catalog, createCatalog } from "../../helpers/catalog"
import { registerCustomer } from "../../helpers/customers"
import { explain, failure } from "../../helpers/http"
import { httpTestRunner } from "../../helpers/runner"
import { createPublishableKey } from "../../helpers/store-fixtures"
import { type ShopperHeaders, shopperHeaders } from "../../helpers/wishlist"

jest.setTimeout(120_000)

type Line = { id: string; variant_id: string; quantity: number; metadata: Record<string, unknown> | null }

/** Hook handlers are registered once per app: these flags switch the injected failures on and off. */
const inject = { saveFails: false, moveFails: false }
saveCartLineForLaterWorkflow.hooks.lineSaved(() => {
  if (inject.saveFails) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "injected: cart update failed")
})
moveWishlistItemToCartWorkflow.hooks.itemMoved(() => {
  if (inject.moveFails) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "injected: cart update failed")
})

httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string
    let catalog: Catalog

    beforeEach(async () => {
      inject.saveFails = false
      inject.moveFails = false
      const fixtures = await createPublishableKey(getContainer())
      key = fixtures.token
      catalog = await createCatalog(getContainer(), fixtures.salesChannelId)
    })

    const as = shopperHeaders(() => key)

    const cartWith = async (lines: { variant_id: string; quantity: number; metadata?: object }[], bearer?: string) => {
      const { data } = await api
        .post("/store/carts", { region_id: catalog.regionId }, as(undefined, bearer))
        .catch(explain)
      for (const line of lines) {
        await api.post(`/store/carts/${data.cart.id}/line-items`, line, as(undefined, bearer)).catch(explain)
      }
      const { data: full } = await api.get(`/store/carts/${data.cart.id}`, as(undefined, bearer))
      return full.cart as { id: string; items: Line[] }
    }
    const cartLines = async (cartId: string) =>
      ((await api.get(`/store/carts/${cartId}`, as())).data.cart.items as Line[]).map((line) => ({
        variant_id: line.variant_id,
        quantity: line.quantity,
        metadata: line.metadata,
      }))
    const saveForLater = (cartId: string, lineId: string, headers = as(), body = {}) =>
      api.post(`/store/carts/${cartId}/line-items/${lineId}/save-for-later`, body, headers)
    const listOf = async (headers: ShopperHeaders) => (await api.get("/store/wishlists", headers)).data.wishlists

    describe("POST /store/carts/:id/line-items/:line_id/save-for-later", () => {
      it("should move the line into the default list and back into the cart losslessly", async () => {
        const cart = await cartWith([
          { variant_id: catalog.variants.tea, quantity: 2, metadata: { engraving: "A" } },
          { variant_id: catalog.variants.cup, quantity: 1 },
        ])
        const teaLine = cart.items.find((line) => line.variant_id === catalog.variants.tea) as Line
        const { data } = await saveForLater(cart.id, teaLine.id).catch(explain)
        expect(data.guest_token).toBeDefined()
        expect(data.cart.items.map((line: Line) => line.variant_id)).toEqual([catalog.variants.cup])
        expect(data.item).toMatchObject({
          variant_id: catalog.variants.tea,
          quantity: 2,
          metadata: { engraving: "A" },
          saved_price: { amount: 10, currency_code: "eur" },
          availability: "in_stock",
        })
        const guest = as(data.guest_token)

        const { data: moved } = await api
          .post(`/store/wishlists/${data.wishlist.id}/items/${data.item.id}/move-to-cart`, { cart_id: cart.id }, guest)
          .catch(explain)
        expect(moved.price_changed).toBe(false)
        expect(moved.line_item_id).toBeTruthy()
        expect(await cartLines(cart.id)).toEqual(
          expect.arrayContaining([
            { variant_id: catalog.variants.tea, quantity: 2, metadata: { engraving: "A" } },
            { variant_id: catalog.variants.cup, quantity: 1, metadata: {} },
          ])
        )
        expect((await listOf(guest))[0].items).toHaveLength(0)
      })

      it("should save into a named list and say when the price changed on the way back", async () => {
        const cart = await cartWith([{ variant_id: catalog.variants.cup, quantity: 1 }])
        const { data: list } = await api.post("/store/wishlists", { name: "Later" }, as()).catch(explain)
        const guest = as(list.guest_token)
        const { data } = await saveForLater(cart.id, cart.items[0].id, guest, { wishlist_id: list.wishlist.id })
        expect(data.wishlist.name).toBe("Later")

        // the subscriber drops the cached price: wait for it as a shopper would (a moment later)
        const subscribersDone = TestEventUtils.waitSubscribersExecution(
          "product-variant.updated",
          getContainer().resolve(Modules.EVENT_BUS)
        )
        await updateProductVariantsWorkflow(getContainer()).run({
          input: { selector: { id: catalog.variants.cup }, update: { prices: [{ amount: 16, currency_code: "eur" }] } },
        })
        await subscribersDone
        const { data: lists } = await api.get("/store/wishlists", guest)
        expect(lists.wishlists[0].items[0].price_change).toEqual({ amount: -4, percent: -20, direction: "down" })

        const { data: moved } = await api
          .post(`/store/wishlists/${list.wishlist.id}/items/${data.item.id}/move-to-cart`, { cart_id: cart.id }, guest)
          .catch(explain)
        expect(moved).toMatchObject({
          price_changed: true,
          saved_price: { amount: 20, currency_code: "eur" },
          current_price: { amount: 16, currency_code: "eur" },
        })
      })

      it("should answer 404 for foreign carts, unknown carts and lines not in the cart; 409 for completed carts", async () => {
        const ada = await registerCustomer(api, key, "ada@example.com")
        const bob = await registerCustomer(api, key, "bob@example.com")
        const adaCart = await cartWith([{ variant_id: catalog.variants.tea, quantity: 1 }], ada.token)
        const line = adaCart.items[0].id
        for (const intruder of [as(), as(undefined, bob.token)]) {
          const answer = await saveForLater(adaCart.id, line, intruder).catch(failure)
          expect(answer.status).toBe(404)
        }
        expect((await saveForLater("cart_unknown", line).catch(failure)).status).toBe(404)
        const other = await cartWith([{ variant_id: catalog.variants.cup, quantity: 1 }])
        expect((await saveForLater(other.id, line).catch(failure)).status).toBe(404)
        expect(
          (await saveForLater(adaCart.id, line, as(undefined, ada.token), { color: "red" }).catch(failure)).status
        ).toBe(400)
        expect(await cartLines(adaCart.id)).toHaveLength(1)

        await getContainer().resolve(Modules.CART).updateCarts(other.id, { completed_at: new Date() })
        const completed = await saveForLater(other.id, other.items[0].id).catch(failure)
        expect(completed.status).toBe(409)

        const { data } = await saveForLater(adaCart.id, line, as(undefined, ada.token)).catch(explain)
        expect(data.guest_token).toBeUndefined()
        expect(data.item.variant_id).toBe(catalog.variants.tea)
      })

      it("should leave cart and list as they were when the cart update fails", async () => {
        const cart = await cartWith([{ variant_id: catalog.variants.tea, quantity: 3, metadata: { gift: true } }])
        inject.saveFails = true
        const answer = await saveForLater(cart.id, cart.items[0].id).catch(failure)
        expect(answer.status).toBe(400)
        expect(answer.data.message).toMatch(/injected/)
        expect(await cartLines(cart.id)).toEqual([
          { variant_id: catalog.variants.tea, quantity: 3, metadata: { gift: true } },
        ])

        // a list that already holds the variant gets its old quantity back
        inject.saveFails = false
        const { data: saved } = await api
          .post("/store/wishlists/default/items", { variant_id: catalog.variants.tea, quantity: 1 }, as())
          .catch(explain)
        const guest = as(saved.guest_token)
        inject.saveFails = true
        expect((await saveForLater(cart.id, cart.items[0].id, guest).catch(failure)).status).toBe(400)
        const [list] = await listOf(guest)
        expect(list.items.map((item: Line) => item.quantity)).toEqual([1])
        expect(await cartLines(cart.id)).toHaveLength(1)

        // after a failed first save the guest has no list at all (the default list made for it is gone too)
        const { data: fresh } = await api.post("/store/wishlists", { name: "x" }, as()).catch(explain)
        const other = as(fresh.guest_token)
        expect((await saveForLater(cart.id, cart.items[0].id, other).catch(failure)).status).toBe(400)
        expect((await listOf(other)).map((entry: { name: string }) => entry.name)).toEqual(["x"])
      })

      it("should save a line once when two requests race", async () => {
        const cart = await cartWith([{ variant_id: catalog.variants.tea, quantity: 2 }])
        const { data: seed } = await api.post("/store/wishlists", { name: "Race" }, as()).catch(explain)
        const guest = as(seed.guest_token)
        const answers = await Promise.all([
          saveForLater(cart.id, cart.items[0].id, guest).catch(failure),
          saveForLater(cart.id, cart.items[0].id, guest).catch(failure),
        ])
        expect(answers.map((answer) => answer.status).sort()).toEqual([200, 404])
        const [list] = await listOf(guest)
        expect(list.items.map((item: Line) => item.quantity)).toEqual([2])
        expect(await cartLines(cart.id)).toEqual([])
      })
    })

    describe("POST /store/wishlists/:id/items/:item_id/move-to-cart", () => {
      const savedItem = async () => {
        const { data } = await api
          .post("/store/wishlists/default/items", { variant_id: catalog.variants.tea, quantity: 2 }, as())
          .catch(explain)
        return { listId: data.wishlist.id as string, itemId: data.item.id as string, guest: as(data.guest_token) }
      }
      const move = (saved: { listId: string; itemId: string; guest: ShopperHeaders }, cartId: string) =>
        api.post(
          `/store/wishlists/${saved.listId}/items/${saved.itemId}/move-to-cart`,
          { cart_id: cartId },
          saved.guest
        )

      it("should move an item once when two moves race, into one cart or two", async () => {
        const saved = await savedItem()
        const cart = await cartWith([])
        const same = await Promise.all([move(saved, cart.id).catch(failure), move(saved, cart.id).catch(failure)])
        expect(same.map((answer) => answer.status).sort()).toEqual([200, 409])
        expect(await cartLines(cart.id)).toEqual([{ variant_id: catalog.variants.tea, quantity: 2, metadata: {} }])

        const second = await savedItem()
        const [one, two] = [await cartWith([]), await cartWith([])]
        const split = await Promise.all([move(second, one.id).catch(failure), move(second, two.id).catch(failure)])
        expect(split.map((answer) => answer.status).sort()).toEqual([200, 409])
        const lines = [...(await cartLines(one.id)), ...(await cartLines(two.id))]
        expect(lines).toEqual([{ variant_id: catalog.variants.tea, quantity: 2, metadata: {} }])
        expect((await listOf(second.guest))[0].items).toHaveLength(0)
      })

      it("should keep the item when the cart update fails, the variant is sold out or the cart is foreign", async () => {
        const saved = await savedItem()
        const cart = await cartWith([])
        inject.moveFails = true
        expect((await move(saved, cart.id).catch(failure)).status).toBe(400)
        inject.moveFails = false
        expect(await cartLines(cart.id)).toEqual([])
        expect((await listOf(saved.guest))[0].items).toHaveLength(1)

        const ada = await registerCustomer(api, key, "ada@example.com")
        const adaCart = await cartWith([], ada.token)
        expect((await move(saved, adaCart.id).catch(failure)).status).toBe(404)
        expect((await move(saved, "cart_unknown").catch(failure)).status).toBe(404)
        const completed = await cartWith([])
        await getContainer().resolve(Modules.CART).updateCarts(completed.id, { completed_at: new Date() })
        expect((await move(saved, completed.id).catch(failure)).status).toBe(409)
        const bad = await api
          .post(`/store/wishlists/${saved.listId}/items/${saved.itemId}/move-to-cart`, {}, saved.guest)
          .catch(failure)
        expect(bad.status).toBe(400)

        const { data: kettle } = await api
          .post("/store/wishlists/default/items", { variant_id: catalog.variants.kettle }, saved.guest)
          .catch(explain)
        const soldOut = await api
          .post(
            `/store/wishlists/${saved.listId}/items/${kettle.item.id}/move-to-cart`,
            { cart_id: cart.id },
            saved.guest
          )
          .catch(failure)
        expect(soldOut.status).toBe(400)
        expect(await cartLines(cart.id)).toEqual([])
        expect((await listOf(saved.guest))[0].items).toHaveLength(2)

        const { data: done } = await move(saved, cart.id).catch(explain)
        expect(done.cart.items).toHaveLength(1)
      })
    })
  },
})
