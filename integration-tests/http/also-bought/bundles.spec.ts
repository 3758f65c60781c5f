import { Modules } from "@medusajs/framework/utils"
import { createAlsoBoughtShop, type ProductName } from "../../helpers/also-bought"
import type { Catalog } from "../../helpers/catalog"
import { explain, failure, storeHeaders } from "../../helpers/http"
import { httpTestRunner } from "../../helpers/runner"

jest.setTimeout(120_000)

type CartLine = {
  id: string
  product_id: string
  quantity: number
  adjustments?: { amount: number; code: string | null }[]
}
type Cart = { id: string; items: CartLine[]; promotions?: { code: string }[] }

httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string
    let catalog: Catalog

    beforeEach(async () => {
      ;({ key, catalog } = await createAlsoBoughtShop(getContainer()))
    })

    const id = (name: ProductName) => catalog.products[name]
    const newCart = async () =>
      (await api.post("/store/carts", { region_id: catalog.regionId }, storeHeaders(key)).catch(explain)).data.cart
        .id as string
    const addLine = (cartId: string, product: ProductName, quantity = 1) =>
      api
        .post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: catalog.variants[product], quantity },
          storeHeaders(key)
        )
        .catch(explain)
    const cartOf = async (cartId: string) =>
      (
        await api
          .get(
            `/store/carts/${cartId}?fields=id,*items,*items.adjustments,*promotions,discount_total`,
            storeHeaders(key)
          )
          .catch(explain)
      ).data.cart as Cart & { discount_total: number }
    /** The bundle discount on each line, by product name. */
    const discounts = (cart: Cart) =>
      Object.fromEntries(
        cart.items.map((line) => [
          line.product_id,
          (line.adjustments ?? []).reduce((sum, adjustment) => sum + Number(adjustment.amount), 0),
        ])
      )
    const bundlePromotions = async () =>
      (
        await getContainer()
          .resolve(Modules.PROMOTION)
          .listPromotions({}, { select: ["id", "code"] })
      ).filter((promotion) => promotion.code?.startsWith("TP-BUNDLE-"))

    describe("GET /store/products/:id/bundle", () => {
      it("should offer the product with its best buyable companions, priced with the discount", async () => {
        const { data } = await api
          .get(`/store/products/${id("tea")}/bundle?region_id=${catalog.regionId}`, storeHeaders(key))
          .catch(explain)
        // kettle (sold out) and hidden (draft) are tea's companions too, but cannot be bought
        expect(data.bundle).toMatchObject({
          product_id: id("tea"),
          currency_code: "eur",
          discount_percent: 10,
          subtotal: 30,
          discount_total: 3,
          total: 27,
        })
        expect(
          data.bundle.items.map((item: { product_id: string; source: string }) => [item.product_id, item.source])
        ).toEqual([
          [id("tea"), "product"],
          [id("cup"), "rules"],
        ])
        expect(data.bundle.items[1]).toMatchObject({
          variant_id: catalog.variants.cup,
          unit_price: 20,
          discounted_unit_price: 18,
        })
      })

      it("should answer 404 without a bundle and 400 for bad queries", async () => {
        const get = (path: string) => api.get(path, storeHeaders(key)).catch(failure)
        expect((await get(`/store/products/${id("kettle")}/bundle?region_id=${catalog.regionId}`)).status).toBe(404)
        expect((await get(`/store/products/prod_nope/bundle?region_id=${catalog.regionId}`)).status).toBe(404)
        expect((await get(`/store/products/${id("tea")}/bundle?region_id=reg_nope`)).status).toBe(404)
        expect((await get(`/store/products/${id("tea")}/bundle`)).status).toBe(400)
        expect((await get(`/store/products/${id("tea")}/bundle?region_id=${catalog.regionId}&size=9`)).status).toBe(400)
      })
    })

    describe("POST /store/carts/:id/bundles", () => {
      it("should add the whole bundle, with a discount that holds only while the whole bundle is in the cart", async () => {
        const cartId = await newCart()
        const { data } = await api
          .post(`/store/carts/${cartId}/bundles`, { product_id: id("tea") }, storeHeaders(key))
          .catch(explain)
        expect(data.bundle.items).toHaveLength(2)
        expect(data.cart.items.map((line: CartLine) => [line.product_id, line.quantity]).sort()).toEqual(
          [
            [id("tea"), 1],
            [id("cup"), 1],
          ].sort()
        )
        let cart = await cartOf(cartId)
        expect(discounts(cart)).toEqual({ [id("tea")]: 1, [id("cup")]: 2 })
        expect(cart.promotions?.map((promotion) => promotion.code)).toEqual([expect.stringMatching(/^TP-BUNDLE-/)])

        // take the cup out: the discount goes; put it back: it returns
        const cupLine = cart.items.find((line) => line.product_id === id("cup")) as CartLine
        await api.delete(`/store/carts/${cartId}/line-items/${cupLine.id}`, storeHeaders(key)).catch(explain)
        cart = await cartOf(cartId)
        expect(discounts(cart)).toEqual({ [id("tea")]: 0 })
        expect(cart.promotions ?? []).toEqual([])
        await addLine(cartId, "cup")
        expect(discounts(await cartOf(cartId))).toEqual({ [id("tea")]: 1, [id("cup")]: 2 })

        // a second shopper's bundle reuses the same promotion
        const again = await api
          .post(`/store/carts/${await newCart()}/bundles`, { product_id: id("tea") }, storeHeaders(key))
          .catch(explain)
        expect(again.data.promotion_id).toBe(data.promotion_id)
        expect(await bundlePromotions()).toHaveLength(1)
      })

      it("should change nothing when an item cannot be added, and make no promotion", async () => {
        // the cup has 5 in stock: with 5 already in the cart, the bundle's cup is one too many
        const cartId = await newCart()
        await addLine(cartId, "cup", 5)
        const refused = await api
          .post(`/store/carts/${cartId}/bundles`, { product_id: id("tea") }, storeHeaders(key))
          .catch(failure)
        expect(refused.status).toBeGreaterThanOrEqual(400)
        expect(refused.status).toBeLessThan(500)
        const cart = await cartOf(cartId)
        expect(cart.items.map((line) => [line.product_id, line.quantity])).toEqual([[id("cup"), 5]])
        expect(await bundlePromotions()).toEqual([])
      })

      it("should refuse bad bodies, foreign variants and unknown carts", async () => {
        const cartId = await newCart()
        const post = (path: string, body: unknown) => api.post(path, body, storeHeaders(key)).catch(failure)
        const path = `/store/carts/${cartId}/bundles`
        expect((await post(path, {})).status).toBe(400)
        expect((await post(path, { product_id: id("tea"), extra: true })).status).toBe(400)
        expect((await post(path, { product_id: id("tea"), variant_ids: [catalog.variants.kettle] })).status).toBe(400)
        expect(
          (await post(path, { product_id: id("tea"), variant_ids: [catalog.variants.tea, catalog.variants.tea] }))
            .status
        ).toBe(400)
        expect((await post(path, { product_id: id("kettle") })).status).toBe(404)
        expect((await post("/store/carts/cart_nope/bundles", { product_id: id("tea") })).status).toBe(404)
        expect((await cartOf(cartId)).items).toEqual([])
        expect(await bundlePromotions()).toEqual([])
      })
    })
  },
})
