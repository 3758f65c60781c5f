import { Modules } from "@medusajs/framework/utils"
import { adminHeaders } from "../../helpers/admin"
import { createAlsoBoughtShop, type ProductName } from "../../helpers/also-bought"
import type { Catalog } from "../../helpers/catalog"
import { explain, failure, storeHeaders } from "../../helpers/http"
import { emitAndWait } from "../../helpers/orders"
import { httpTestRunner } from "../../helpers/runner"

jest.setTimeout(120_000)

const EXACT = 9
type Companion = {
  product_id: string
  source: string
  support_count: number
  confidence: number | null
  lift: number | null
  score: number
}

httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string
    let catalog: Catalog
    let orderIds: string[]

    beforeEach(async () => {
      ;({ key, catalog, orderIds } = await createAlsoBoughtShop(getContainer()))
    })

    const companionsOf = async (product: ProductName) =>
      (
        await api
          .get(
            `/store/products/${catalog.products[product]}/also-bought?region_id=${catalog.regionId}`,
            storeHeaders(key)
          )
          .catch(explain)
      ).data as { companions: Companion[]; scoring: Record<string, unknown> }

    describe("GET /store/products/:id/also-bought", () => {
      it("should rank companions with exact metrics, only buyable ones, never the product itself", async () => {
        const { companions, scoring } = await companionsOf("tea")
        // kettle (sold out) and hidden (draft) have strong rules but cannot be bought
        expect(companions.map((companion) => [companion.product_id, companion.source])).toEqual([
          [catalog.products.cup, "rules"],
        ])
        const [cup] = companions
        expect(cup.support_count).toBe(3)
        expect(cup.confidence).toBeCloseTo(3 / 7, EXACT)
        expect(cup.lift).toBeCloseTo(3 / 7 / (4 / 8), EXACT)
        const expected = (7 * 4) / 8
        expect(cup.score).toBeCloseTo((3 - expected) / Math.sqrt(expected), EXACT)
        expect(scoring).toMatchObject({ method: "smith_linden", min_orders: 3 })
      })

      it("should keep pairs under the minimum of orders private and fill from same-category best sellers", async () => {
        const { companions } = await companionsOf("kettle")
        // kettle+cup was bought together once: never a rule; cup comes as a same-category best seller instead
        expect(
          companions.map((companion) => [companion.product_id, companion.source, companion.support_count])
        ).toEqual([
          [catalog.products.tea, "rules", 4],
          [catalog.products.cup, "fallback", 0],
        ])
        expect(companions.find((companion) => companion.source === "fallback")?.lift).toBeNull()
      })

      it("should stop counting a canceled order, and count a redelivered order once", async () => {
        await emitAndWait(getContainer(), "order.placed", { id: orderIds[0] })
        expect((await companionsOf("tea")).companions[0].support_count).toBe(3)
        await emitAndWait(getContainer(), "order.canceled", { id: orderIds[0] })
        // tea+cup now in 2 orders: under the minimum
        expect((await companionsOf("tea")).companions.filter((companion) => companion.source === "rules")).toEqual([])
      })

      it("should rebuild from all orders the same figures, including orders that emitted no event", async () => {
        const before = (await companionsOf("tea")).companions
        // two more tea + cup orders written in bulk (no order.placed), as an import or a migration would
        await getContainer()
          .resolve(Modules.ORDER)
          .createOrders(
            [0, 1].map(() => ({
              email: "bulk@example.com",
              currency_code: "eur",
              items: (["tea", "cup"] as const).map((name) => ({
                title: name,
                quantity: 1,
                unit_price: 10,
                product_id: catalog.products[name],
                variant_id: catalog.variants[name],
              })),
            }))
          )
        expect((await companionsOf("tea")).companions).toEqual(before)

        const headers = await adminHeaders(getContainer(), api)
        const { data } = await api.post("/admin/also-bought/rebuild", {}, headers).catch(explain)
        expect(data.rebuilt).toEqual({ orders: 10, products: 4, pairs: 5 })
        const [cup] = (await companionsOf("tea")).companions
        expect(cup.support_count).toBe(5)
        expect(cup.confidence).toBeCloseTo(5 / 9, EXACT)
        expect(cup.lift).toBeCloseTo(5 / 9 / (6 / 10), EXACT)

        const again = await api.post("/admin/also-bought/rebuild", {}, headers).catch(explain)
        expect(again.data.rebuilt).toEqual(data.rebuilt)
        // two workers rebuilding at the same moment (the nightly job and an owner's click): the same figures
        const together = await Promise.all([
          api.post("/admin/also-bought/rebuild", {}, headers).catch(explain),
          api.post("/admin/also-bought/rebuild", {}, headers).catch(explain),
        ])
        expect(together.map((answer) => answer.data.rebuilt)).toEqual([data.rebuilt, data.rebuilt])
        expect((await companionsOf("tea")).companions[0]).toEqual(cup)
        expect((await api.post("/admin/also-bought/rebuild", { all: true }, headers).catch(failure)).status).toBe(400)
        expect((await api.post("/admin/also-bought/rebuild", {}).catch(failure)).status).toBe(401)
      })

      it("should answer 404 for unknown products and regions and 400 for bad queries", async () => {
        expect((await api.get("/store/products/prod_nope/also-bought", storeHeaders(key)).catch(failure)).status).toBe(
          404
        )
        const product = catalog.products.tea
        const badRegion = await api
          .get(`/store/products/${product}/also-bought?region_id=reg_nope`, storeHeaders(key))
          .catch(failure)
        expect(badRegion.status).toBe(404)
        for (const query of ["limit=0", "limit=51", "limit=x", "sort=lift"]) {
          const answer = await api
            .get(`/store/products/${product}/also-bought?${query}`, storeHeaders(key))
            .catch(failure)
          expect(answer.status).toBe(400)
        }
      })
    })
  },
})
