import { adminHeaders } from "../../helpers/admin"
import { explain, failure, storeHeaders } from "../../helpers/http"
import { createNextStepsShop, type NextStepsShop, type ShopProduct } from "../../helpers/next-steps-shop"
import { httpTestRunner } from "../../helpers/runner"

jest.setTimeout(120_000)

type Group = { key: string; title: string; items: { product_id: string; reason: string }[] }

httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: NextStepsShop
    let headers: Awaited<ReturnType<typeof adminHeaders>>

    beforeEach(async () => {
      shop = await createNextStepsShop(getContainer())
      headers = await adminHeaders(getContainer(), api)
    })

    const name = (productId: string) =>
      (Object.keys(shop.products) as ShopProduct[]).find((key) => shop.products[key] === productId)
    const groupsOf = async (product: ShopProduct) =>
      (
        await api
          .get(
            `/store/products/${shop.products[product]}/next-steps?region_id=${shop.regionId}`,
            storeHeaders(shop.key)
          )
          .catch(explain)
      ).data.groups as Group[]
    const settings = (body: unknown) => api.post("/admin/next-steps/settings", body, headers)

    it("should apply the owner's group titles, sizes and order", async () => {
      const { data } = await api.get("/admin/next-steps/settings", headers).catch(explain)
      expect(data.settings).toEqual({
        group_order: ["similar", "brand", "for_you"],
        groups: {
          similar: { title: "Similar products", size: 4 },
          brand: { title: "More from {brand}", size: 4 },
          for_you: { title: "You might like these", size: 4 },
        },
      })
      await settings({
        group_order: ["for_you", "similar", "brand"],
        groups: { similar: { size: 2 }, brand: { title: "Best of {brand}", size: 1 } },
      }).catch(explain)
      const groups = await groupsOf("toaster")
      expect(groups.map((group) => [group.key, group.title, group.items.length])).toEqual([
        ["for_you", "You might like these", 4],
        ["similar", "Similar products", 2],
        ["brand", "Best of Acme", 1],
      ])
      for (const bad of [
        { group_order: ["similar", "similar", "brand"] },
        { group_order: ["similar", "brand"] },
        { groups: { similar: { size: 0 } } },
        { groups: { upsell: { size: 2 } } },
        { groups: { similar: { title: "" } } },
        { colour: "red" },
      ]) {
        expect([bad, (await settings(bad).catch(failure)).status]).toEqual([bad, 400])
      }
      expect((await api.post("/admin/next-steps/settings", {}).catch(failure)).status).toBe(401)
    })

    it("should put pinned products first and keep excluded ones out of their group", async () => {
      const path = `/admin/next-steps/products/${shop.products.toaster}/curations`
      await api
        .post(
          path,
          {
            pins: [{ group: "similar", product_id: shop.products.gloves }],
            exclusions: [{ group: "similar", product_id: shop.products.pan }],
          },
          headers
        )
        .catch(explain)
      const [similar] = await groupsOf("toaster")
      expect(similar.items.map((item) => [name(item.product_id), item.reason]).slice(0, 2)).toEqual([
        ["gloves", "pinned"],
        ["blender", "same_category"],
      ])
      expect(similar.items.map((item) => item.product_id)).not.toContain(shop.products.pan)
      const { data } = await api.get(path, headers).catch(explain)
      expect(data).toEqual({
        product_id: shop.products.toaster,
        pins: [{ group: "similar", product_id: shop.products.gloves }],
        exclusions: [{ group: "similar", product_id: shop.products.pan }],
      })

      const bad = [
        [{ pins: [{ group: "similar", product_id: shop.products.toaster }] }, 400],
        [{ pins: [{ group: "similar", product_id: "prod_nope" }] }, 404],
        [{ pins: [{ group: "upsell", product_id: shop.products.pan }] }, 400],
        [
          {
            pins: [{ group: "brand", product_id: shop.products.pan }],
            exclusions: [{ group: "brand", product_id: shop.products.pan }],
          },
          400,
        ],
      ] as const
      for (const [body, status] of bad) {
        expect([body, (await api.post(path, body, headers).catch(failure)).status]).toEqual([body, status])
      }
      // a refused change changed nothing
      expect((await api.get(path, headers).catch(explain)).data.pins).toHaveLength(1)
      await api.post(path, { pins: [], exclusions: [] }, headers).catch(explain)
      expect((await groupsOf("toaster"))[0].items.map((item) => item.reason)).not.toContain("pinned")
    })

    it("should refuse replacements for unknown products or the product itself", async () => {
      const post = (product: string, body: unknown) =>
        api.post(`/admin/next-steps/products/${product}/replacement`, body, headers).catch(failure)
      expect((await post("prod_nope", { replacement_product_id: shop.products.pan })).status).toBe(404)
      expect((await post(shop.products.mug, { replacement_product_id: "prod_nope" })).status).toBe(404)
      expect((await post(shop.products.mug, { replacement_product_id: shop.products.mug })).status).toBe(400)
      expect((await post(shop.products.mug, {})).status).toBe(400)
    })

    it("should list the pages that would dead-end, with the reason", async () => {
      const audit = async () =>
        (await api.get(`/admin/next-steps/audit?region_id=${shop.regionId}`, headers).catch(explain)).data
      // three groups of 4 want 12 links; only 8 or 9 other products can be bought: every page is short
      const full = await audit()
      expect(full).toMatchObject({ buyable_products: 9, links_wanted: 12, checked: 10, computed: 10, count: 10 })
      expect(full.dead_ends).toHaveLength(10)
      expect(full.dead_ends[0].reason).toMatch(/can be bought in this region/)

      await settings({ groups: { similar: { size: 2 }, brand: { size: 2 }, for_you: { size: 2 } } }).catch(explain)
      // 6 links wanted, 8 or 9 best sellers to fall back on: every page is full without computing it
      expect(await audit()).toMatchObject({ links_wanted: 6, checked: 10, computed: 0, dead_ends: [] })

      // the owner excludes almost everything from the toaster's similar group: its page is now short there
      const others = (Object.keys(shop.products) as ShopProduct[]).filter((key) => !["toaster", "gloves"].includes(key))
      await api
        .post(
          `/admin/next-steps/products/${shop.products.toaster}/curations`,
          { exclusions: others.map((key) => ({ group: "similar", product_id: shop.products[key] })) },
          headers
        )
        .catch(explain)
      // only the page with curations of its own is computed link by link
      const { dead_ends, computed } = await audit()
      expect(computed).toBe(1)
      expect(dead_ends).toEqual([
        expect.objectContaining({
          handle: "toaster",
          reason: "the owner's exclusions leave too few products for a group",
          groups: expect.arrayContaining([expect.objectContaining({ key: "similar", links: 1, wanted: 2 })]),
        }),
      ])
      expect((await api.get("/admin/next-steps/audit?limit=0", headers).catch(failure)).status).toBe(400)
      expect((await api.get("/admin/next-steps/audit").catch(failure)).status).toBe(401)
    })
  },
})
