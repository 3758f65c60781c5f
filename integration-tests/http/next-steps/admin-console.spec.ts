import { deleteProductsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { reconcileCatalogMemoryWorkflow } from "@touchpoints/next-steps/workflows"
import { adminHeaders } from "../../helpers/admin"
import { explain, failure, storeHeaders } from "../../helpers/http"
import { createNextStepsShop, type NextStepsShop, type ShopProduct } from "../../helpers/next-steps-shop"
import { httpTestRunner } from "../../helpers/runner"

jest.setTimeout(120_000)

type Entry = {
  product_id: string
  state: string
  page_status: number
  replacement: { product_id: string; status: string } | null
}

/** What the next-steps admin page and the product widget read: the page preview and the list of replacements. */
httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: NextStepsShop
    let headers: Awaited<ReturnType<typeof adminHeaders>>

    beforeEach(async () => {
      shop = await createNextStepsShop(getContainer())
      await reconcileCatalogMemoryWorkflow(getContainer()).run()
      headers = await adminHeaders(getContainer(), api)
    })

    const name = (productId: string) =>
      (Object.keys(shop.products) as ShopProduct[]).find((key) => shop.products[key] === productId)
    const replace = (product: ShopProduct, replacement: ShopProduct | null) =>
      api
        .post(
          `/admin/next-steps/products/${shop.products[product]}/replacement`,
          { replacement_product_id: replacement && shop.products[replacement] },
          headers
        )
        .catch(explain)
    const storePage = async (handle: string) =>
      (
        await api
          .get(`/store/next-steps?handle=${handle}&region_id=${shop.regionId}`, storeHeaders(shop.key))
          .catch(explain)
      ).data
    const preview = async (product: ShopProduct) =>
      (
        await api
          .get(
            `/admin/next-steps/products/${shop.products[product]}/preview?region_id=${shop.regionId}&sales_channel_id=${shop.salesChannelId}`,
            headers
          )
          .catch(explain)
      ).data
    const unpublish = (product: ShopProduct) =>
      updateProductsWorkflow(getContainer()).run({
        input: { selector: { id: shop.products[product] }, update: { status: "draft" } },
      })

    describe("GET /admin/next-steps/products/:id/preview", () => {
      it("should answer what the store's page shows: status, redirect and the same groups", async () => {
        const live = await preview("toaster")
        const store = await storePage("toaster")
        expect(live).toMatchObject({
          product_id: shop.products.toaster,
          region_id: shop.regionId,
          sales_channel_id: shop.salesChannelId,
          status: 200,
          redirect: null,
          replacement: null,
        })
        expect(live.groups).toEqual(store.groups)
        expect(live.product).toEqual(store.product)
        // the eight other products that can be bought (kettle is sold out, draft unpublished), none twice
        expect(live.groups.flatMap((group: { items: unknown[] }) => group.items)).toHaveLength(8)

        // a replacement named while the product is live shows, but the page stays 200 until it is gone
        await replace("toaster", "plate")
        expect(await preview("toaster")).toMatchObject({
          status: 200,
          redirect: null,
          replacement: {
            product_id: shop.products.plate,
            handle: "plate",
            title: expect.any(String),
            status: "published",
          },
        })
        await unpublish("toaster")
        const gone = await preview("toaster")
        expect(gone).toMatchObject({ status: 301, redirect: { product_id: shop.products.plate, handle: "plate" } })
        expect(gone.groups).toEqual((await storePage("toaster")).groups)
        await replace("toaster", null)
        expect(await preview("toaster")).toMatchObject({ status: 410, redirect: null, replacement: null })
      })

      it("should preview a deleted product from what the plugin remembers, and refuse unknown ids and bad queries", async () => {
        await deleteProductsWorkflow(getContainer()).run({ input: { ids: [shop.products.mug] } })
        await reconcileCatalogMemoryWorkflow(getContainer()).run()
        const mug = await preview("mug")
        expect(mug).toMatchObject({ status: 410, product: { id: shop.products.mug, status: "deleted" } })
        expect(mug.groups).toEqual((await storePage("mug")).groups)

        const path = `/admin/next-steps/products/${shop.products.toaster}/preview`
        expect((await api.get("/admin/next-steps/products/prod_nope/preview", headers).catch(failure)).status).toBe(404)
        for (const query of ["limit=2", "region_id=bad%20id", "handle=toaster"]) {
          expect([query, (await api.get(`${path}?${query}`, headers).catch(failure)).status]).toEqual([query, 400])
        }
        expect((await api.get(path).catch(failure)).status).toBe(401)
      })

      it("should default to the store's default region and sales channel", async () => {
        const { data } = await api.get(`/admin/next-steps/products/${shop.products.toaster}/preview`, headers)
        const store = (await api.get("/admin/stores", headers).catch(explain)).data.stores[0]
        expect(data).toMatchObject({
          region_id: store.default_region_id ?? null,
          sales_channel_id: store.default_sales_channel_id ?? null,
          status: 200,
        })
      })
    })

    describe("GET /admin/next-steps/replacements", () => {
      it("should list the replacements and the gone products with what their pages answer", async () => {
        await unpublish("pan")
        await deleteProductsWorkflow(getContainer()).run({ input: { ids: [shop.products.mug] } })
        await reconcileCatalogMemoryWorkflow(getContainer()).run()
        await replace("pan", "bowl")
        await replace("toaster", "plate")

        const replaced = (await api.get("/admin/next-steps/replacements", headers).catch(explain)).data
        expect(replaced).toMatchObject({ count: 2, offset: 0, limit: 50 })
        const byName = (entries: Entry[]) =>
          entries.map((entry) => [
            name(entry.product_id),
            entry.state,
            entry.page_status,
            entry.replacement && name(entry.replacement.product_id),
          ])
        expect(byName(replaced.replacements).sort()).toEqual([
          ["pan", "unpublished", 301, "bowl"],
          ["toaster", "live", 200, "plate"],
        ])

        const gone = (await api.get("/admin/next-steps/replacements?show=gone", headers).catch(explain)).data
        expect(gone.count).toBe(3)
        // pages without a replacement (410) come first
        expect(byName(gone.replacements.slice(0, 2)).sort()).toEqual([
          ["draft", "unpublished", 410, null],
          ["mug", "deleted", 410, null],
        ])
        expect(byName(gone.replacements.slice(2))).toEqual([["pan", "unpublished", 301, "bowl"]])

        // a deleted replacement no longer redirects
        await deleteProductsWorkflow(getContainer()).run({ input: { ids: [shop.products.bowl] } })
        await reconcileCatalogMemoryWorkflow(getContainer()).run()
        const after = (
          await api.get("/admin/next-steps/replacements?show=gone&limit=1&offset=3", headers).catch(explain)
        ).data
        expect(after).toMatchObject({ count: 4, offset: 3, limit: 1 })
        expect(after.replacements).toHaveLength(1)
        expect(byName(after.replacements)).toEqual([["pan", "unpublished", 410, "bowl"]])
        expect(after.replacements[0].replacement.status).toBe("deleted")
        expect((await storePage("pan")).status).toBe(410)
      })

      it("should refuse bad queries and callers who are not admins", async () => {
        for (const query of ["show=all", "limit=0", "limit=201", "offset=-1", "colour=red"]) {
          const answer = await api.get(`/admin/next-steps/replacements?${query}`, headers).catch(failure)
          expect([query, answer.status, answer.data.type]).toEqual([query, 400, "invalid_data"])
        }
        expect((await api.get("/admin/next-steps/replacements").catch(failure)).status).toBe(401)
      })
    })
  },
})
