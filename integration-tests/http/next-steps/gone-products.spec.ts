import { Modules } from "@medusajs/framework/utils"
import { deleteProductsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { TestEventUtils } from "@medusajs/test-utils"
import { reconcileCatalogMemoryWorkflow } from "@touchpoints/next-steps/workflows"
import { adminHeaders } from "../../helpers/admin"
import { explain, failure, storeHeaders } from "../../helpers/http"
import { createNextStepsShop, type NextStepsShop, type ShopProduct } from "../../helpers/next-steps-shop"
import { httpTestRunner } from "../../helpers/runner"

jest.setTimeout(120_000)

type Link = { product_id: string; reason: string }
type Page = {
  status: number
  handle: string
  redirect: { product_id: string; handle: string } | null
  product: { id: string | null; status: string; handle: string }
  groups: { key: string; fallback: string | null; items: Link[] }[]
}

httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: NextStepsShop

    beforeEach(async () => {
      shop = await createNextStepsShop(getContainer())
      await reconcileCatalogMemoryWorkflow(getContainer()).run()
    })

    const name = (productId: string) =>
      (Object.keys(shop.products) as ShopProduct[]).find((key) => shop.products[key] === productId)
    const page = async (handle: string) =>
      (
        await api
          .get(
            `/store/next-steps?handle=${encodeURIComponent(handle)}&region_id=${shop.regionId}&limit=3`,
            storeHeaders(shop.key)
          )
          .catch(explain)
      ).data as Page
    const similarOf = (answer: Page) =>
      (answer.groups.find((group) => group.key === "similar")?.items ?? []).map((item) => [
        name(item.product_id),
        item.reason,
      ])

    it("should answer 200 for a live product and 410 with groups from what an unpublished product was", async () => {
      expect(await page("toaster")).toMatchObject({ status: 200, redirect: null, product: { handle: "toaster" } })
      await updateProductsWorkflow(getContainer()).run({
        input: { selector: { id: shop.products.pan }, update: { status: "draft" } },
      })
      const pan = await page("pan")
      expect(pan).toMatchObject({ status: 410, redirect: null, product: { id: shop.products.pan, status: "draft" } })
      // pan is still a kitchen product with the steel tag: its neighbours lead on
      expect(similarOf(pan)).toEqual([
        ["toaster", "same_category"],
        ["plate", "parent_category"],
        ["mug", "parent_category"],
      ])
      const ids = pan.groups.flatMap((group) => group.items.map((item) => item.product_id))
      expect(ids).not.toContain(shop.products.pan)
      // eight other products can be bought (kettle is sold out, draft unpublished): no repeats, none left out
      expect(new Set(ids).size).toBe(ids.length)
      expect(ids).toHaveLength(8)
    })

    it("should remember a deleted product, and send its page to the owner's replacement", async () => {
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      const remembered = TestEventUtils.waitSubscribersExecution("product.deleted", eventBus)
      await deleteProductsWorkflow(getContainer()).run({ input: { ids: [shop.products.mug] } })
      await remembered
      const mug = await page("mug")
      expect(mug).toMatchObject({ status: 410, product: { id: shop.products.mug, status: "deleted" } })
      expect(similarOf(mug)[0]).toEqual(["plate", "same_category"])

      const headers = await adminHeaders(getContainer(), api)
      await api
        .post(
          `/admin/next-steps/products/${shop.products.mug}/replacement`,
          { replacement_product_id: shop.products.bowl },
          headers
        )
        .catch(explain)
      expect(await page("mug")).toMatchObject({
        status: 301,
        redirect: { product_id: shop.products.bowl, handle: "bowl" },
      })
      await api
        .post(`/admin/next-steps/products/${shop.products.mug}/replacement`, { replacement_product_id: null }, headers)
        .catch(explain)
      expect((await page("mug")).status).toBe(410)
    })

    it("should answer 404 for a handle never known, with links from the words in it", async () => {
      const unknown = await page("big-steel-shovel-2024")
      expect(unknown).toMatchObject({ status: 404, redirect: null, product: { id: null, status: "unknown" } })
      expect(similarOf(unknown)[0]).toEqual(["shovel", "matching_words"])
      expect(unknown.groups.map((group) => group.items.length)).toEqual([3, 3, 3])
    })

    it("should refuse bad queries", async () => {
      for (const query of ["", "handle=", `handle=${"x".repeat(201)}`, "handle=pan&limit=0", "handle=pan&extra=1"]) {
        const answer = await api.get(`/store/next-steps?${query}`, storeHeaders(shop.key)).catch(failure)
        expect([query.slice(0, 20), answer.status]).toEqual([query.slice(0, 20), 400])
      }
    })
  },
})
