import { explain, failure, storeHeaders } from "../../helpers/http"
import { createNextStepsShop, type NextStepsShop, type ShopProduct } from "../../helpers/next-steps-shop"
import { httpTestRunner } from "../../helpers/runner"
import { signedVisitorId } from "../../helpers/visitors"

jest.setTimeout(120_000)

type Link = { product_id: string; reason: string; product: { id: string; in_stock: boolean; price: unknown } }
type Group = { key: string; title: string; fallback: string | null; items: Link[]; [extra: string]: unknown }

httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: NextStepsShop

    beforeEach(async () => {
      shop = await createNextStepsShop(getContainer())
    })

    const name = (productId: string) =>
      (Object.keys(shop.products) as ShopProduct[]).find((key) => shop.products[key] === productId)
    const nextSteps = async (product: ShopProduct, query = "limit=3", headers: Record<string, string> = {}) =>
      (
        await api
          .get(
            `/store/products/${shop.products[product]}/next-steps?region_id=${shop.regionId}&${query}`,
            storeHeaders(shop.key, headers)
          )
          .catch(explain)
      ).data as { product: Record<string, unknown>; groups: Group[] }
    const named = (group: Group) => group.items.map((item) => [name(item.product_id), item.reason])

    it("should give a sold-out product three full groups, in-stock alternatives first, saying where each came from", async () => {
      const { product, groups } = await nextSteps("kettle")
      expect(product).toMatchObject({ handle: "kettle", buyable: false, sold_out: true })
      const [similar, brand, forYou] = groups
      // pan shares the category and the steel tag; toaster and blender share the category (toaster sells more,
      // blender is only backorderable, so it waits behind in-stock products); plate is the best-selling sibling
      expect(similar).toMatchObject({ key: "similar", title: "Similar products", fallback: null, in_stock_first: true })
      expect(named(similar)).toEqual([
        ["pan", "same_category"],
        ["toaster", "same_category"],
        ["plate", "parent_category"],
      ])
      // Acme's best sellers not shown yet (shovel), then Acme's own category (Kitchen: blender), then best sellers
      expect(brand).toMatchObject({ key: "brand", title: "More from Acme", fallback: "brand_category" })
      expect(named(brand)).toEqual([
        ["shovel", "brand_best_seller"],
        ["blender", "brand_category_best_seller"],
        ["mug", "best_seller"],
      ])
      expect(forYou).toMatchObject({ key: "for_you", fallback: "best_sellers", personalized: false })
      expect(named(forYou)).toEqual([
        ["gloves", "best_seller"],
        ["bowl", "best_seller"],
        ["hose", "best_seller"],
      ])
      expect(similar.items[0].product).toMatchObject({ in_stock: true, price: { amount: 10, currency_code: "eur" } })
    })

    it("should never repeat a product across groups, never link the product itself or what cannot be bought", async () => {
      for (const product of Object.keys(shop.products) as ShopProduct[]) {
        const { groups } = await nextSteps(product, "limit=2")
        const ids = groups.flatMap((group) => group.items.map((item) => item.product_id))
        expect([product, new Set(ids).size]).toEqual([product, ids.length])
        expect(ids).not.toContain(shop.products[product])
        expect(ids).not.toContain(shop.products.kettle) // sold out
        expect(ids).not.toContain(shop.products.draft) // unpublished
        // nine buyable products besides the product itself: every group is full
        expect([product, groups.map((group) => group.items.length)]).toEqual([product, [2, 2, 2]])
      }
    })

    it("should personalise 'for you' from the visitor's views and also-bought companions", async () => {
      const headers = {
        "x-touchpoints-visitor": signedVisitorId(getContainer(), "5b1c2d3e-4f50-4a6b-9c7d-8e9f0a1b2c3d"),
      }
      await api.post("/store/touchpoints/consent", { analytics: true }, storeHeaders(shop.key, headers)).catch(explain)
      await api
        .post(
          "/store/touchpoints/events",
          {
            events: [
              { type: "product_view", product_id: shop.products.hose },
              { type: "category_view", category_id: shop.categories.garden },
            ],
          },
          storeHeaders(shop.key, headers)
        )
        .catch(explain)
      const forYou = (await nextSteps("kettle", "limit=3", headers)).groups[2]
      // bowl is bought with hose (3 orders); gloves sells best in Garden; hose itself was just viewed
      expect(forYou).toMatchObject({ personalized: true, fallback: null })
      expect(named(forYou)).toEqual([
        ["bowl", "bought_with_viewed"],
        ["gloves", "viewed_category"],
      ])
    })

    it("should personalise 'for you' from a guest's wishlist", async () => {
      const saved = await api
        .post("/store/wishlists/default/items", { variant_id: shop.variants.hose }, storeHeaders(shop.key))
        .catch(explain)
      const headers = { "x-wishlist-token": saved.data.guest_token as string }
      const forYou = (await nextSteps("kettle", "limit=3", headers)).groups[2]
      // bowl is bought with the saved hose; the hose itself is not suggested again
      expect(forYou).toMatchObject({ personalized: true })
      expect(named(forYou)).toEqual([
        ["bowl", "bought_with_saved"],
        ["gloves", "best_seller"],
      ])
      // a forged token personalises nothing (and is no error here)
      const forged = (await nextSteps("kettle", "limit=3", { "x-wishlist-token": "wlt_forged.abc" })).groups[2]
      expect(forged).toMatchObject({ personalized: false })
    })

    it("should answer for unpublished products, 404 for unknown ones and 400 for bad queries", async () => {
      const { product, groups } = await nextSteps("draft")
      expect(product).toMatchObject({ status: "draft", buyable: false })
      expect(groups.map((group) => group.items.length)).toEqual([3, 3, 3])
      const get = (path: string) => api.get(path, storeHeaders(shop.key)).catch(failure)
      expect((await get("/store/products/prod_nope/next-steps")).status).toBe(404)
      for (const query of ["limit=0", "limit=25", "limit=x", "region_id=", "sort=new"]) {
        expect([query, (await get(`/store/products/${shop.products.pan}/next-steps?${query}`)).status]).toEqual([
          query,
          400,
        ])
      }
      expect((await get(`/store/products/${shop.products.pan}/next-steps?region_id=reg_nope`)).status).toBe(404)
    })
  },
})
