import { adminHeaders } from "../../helpers/admin"
import { createAlsoBoughtShop, type ProductName } from "../../helpers/also-bought"
import type { Catalog } from "../../helpers/catalog"
import { registerCustomer } from "../../helpers/customers"
import { explain, failure, storeHeaders } from "../../helpers/http"
import { httpTestRunner } from "../../helpers/runner"

jest.setTimeout(120_000)

const EXACT = 9
type Companion = { product_id: string; source: string; support_count: number; because_of: string }
type AdminRule = {
  product_id: string
  support_count: number
  confidence: number
  lift: number
  support: number
  meets_min_orders: boolean
  pinned: boolean
  blocked: boolean
}

httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string
    let catalog: Catalog
    let headers: Awaited<ReturnType<typeof adminHeaders>>

    beforeEach(async () => {
      ;({ key, catalog } = await createAlsoBoughtShop(getContainer()))
      headers = await adminHeaders(getContainer(), api)
    })

    const id = (name: ProductName) => catalog.products[name]
    const companionsOf = async (product: ProductName) =>
      (
        await api
          .get(`/store/products/${id(product)}/also-bought?region_id=${catalog.regionId}`, storeHeaders(key))
          .catch(explain)
      ).data.companions as Companion[]
    const pairs = (companions: Companion[]) => companions.map((companion) => [companion.product_id, companion.source])

    describe("GET /admin/also-bought/:product_id", () => {
      it("should list every rule with exact metrics, unfiltered, flagging pairs under the privacy minimum", async () => {
        const { data } = await api.get(`/admin/also-bought/${id("tea")}`, headers).catch(explain)
        expect(data).toMatchObject({ product_id: id("tea"), product_orders: 7, total_orders: 8, count: 3 })
        const rules = data.rules as AdminRule[]
        // tea+kettle 4, tea+cup 3, tea+hidden 3: sold out and draft companions are listed too
        expect(rules.map((rule) => rule.product_id).sort()).toEqual([id("cup"), id("kettle"), id("hidden")].sort())
        const kettle = rules.find((rule) => rule.product_id === id("kettle")) as AdminRule
        expect(kettle.support).toBeCloseTo(4 / 8, EXACT)
        expect(kettle.confidence).toBeCloseTo(4 / 7, EXACT)
        expect(kettle.lift).toBeCloseTo(4 / 7 / (4 / 8), EXACT)

        const kettleRules = (await api.get(`/admin/also-bought/${id("kettle")}`, headers).catch(explain)).data
          .rules as AdminRule[]
        const cup = kettleRules.find((rule) => rule.product_id === id("cup")) as AdminRule
        expect(cup).toMatchObject({ support_count: 1, meets_min_orders: false })
        const stricter = await api.get(`/admin/also-bought/${id("kettle")}?min_orders=3`, headers).catch(explain)
        expect(stricter.data.rules.map((rule: AdminRule) => rule.product_id)).toEqual([id("tea")])
        const page = await api.get(`/admin/also-bought/${id("tea")}?limit=1&offset=1`, headers).catch(explain)
        expect(page.data).toMatchObject({ count: 3, limit: 1, offset: 1 })
        expect(page.data.rules).toHaveLength(1)
      })

      it("should refuse strangers, unknown products and bad queries", async () => {
        expect((await api.get(`/admin/also-bought/${id("tea")}`).catch(failure)).status).toBe(401)
        expect((await api.get("/admin/also-bought/prod_nope", headers).catch(failure)).status).toBe(404)
        for (const query of ["min_orders=0", "limit=501", "offset=-1", "sort=lift"]) {
          const answer = await api.get(`/admin/also-bought/${id("tea")}?${query}`, headers).catch(failure)
          expect(answer.status).toBe(400)
        }
      })
    })

    describe("pins and blocks", () => {
      it("should show a pinned companion first and never a blocked one, also not as a fallback", async () => {
        expect(pairs(await companionsOf("cup"))).toEqual([[id("tea"), "rules"]])
        // kettle is sold out: a pin cannot make it buyable; hidden is a draft
        const pin = await api
          .post(`/admin/also-bought/${id("tea")}/pins`, { companion_id: id("kettle") }, headers)
          .catch(explain)
        expect(pin.data.pins.map((row: { companion_id: string }) => row.companion_id)).toEqual([id("kettle")])
        expect(pairs(await companionsOf("tea"))).toEqual([[id("cup"), "rules"]])

        // kettle's companions: tea by the rules, cup as a same-category best seller; pin cup first
        await api.post(`/admin/also-bought/${id("kettle")}/pins`, { companion_id: id("cup") }, headers).catch(explain)
        expect(pairs(await companionsOf("kettle"))).toEqual([
          [id("cup"), "pinned"],
          [id("tea"), "rules"],
        ])
        // blocking replaces the pin, and keeps cup out of the fallback too
        const block = await api
          .post(`/admin/also-bought/${id("kettle")}/blocks`, { companion_id: id("cup") }, headers)
          .catch(explain)
        expect(block.data).toMatchObject({ pins: [], blocks: [{ companion_id: id("cup") }] })
        expect(pairs(await companionsOf("kettle"))).toEqual([[id("tea"), "rules"]])

        const rules = (await api.get(`/admin/also-bought/${id("kettle")}`, headers).catch(explain)).data
        expect(rules.rules.find((rule: AdminRule) => rule.product_id === id("cup"))).toMatchObject({ blocked: true })
        await api.delete(`/admin/also-bought/${id("kettle")}/blocks/${id("cup")}`, headers).catch(explain)
        expect(pairs(await companionsOf("kettle"))).toEqual([
          [id("tea"), "rules"],
          [id("cup"), "fallback"],
        ])
      })

      it("should order pins by position and refuse bad pins", async () => {
        const pinsOf = async () =>
          (await api.get(`/admin/also-bought/${id("cup")}`, headers).catch(explain)).data.pins.map(
            (row: { companion_id: string }) => row.companion_id
          )
        await api.post(`/admin/also-bought/${id("cup")}/pins`, { companion_id: id("kettle") }, headers).catch(explain)
        await api
          .post(`/admin/also-bought/${id("cup")}/pins`, { companion_id: id("tea"), position: 0 }, headers)
          .catch(explain)
        expect(await pinsOf()).toEqual([id("tea"), id("kettle")])

        const bad = [
          [`/admin/also-bought/${id("cup")}/pins`, { companion_id: id("cup") }, 400],
          [`/admin/also-bought/${id("cup")}/pins`, { companion_id: "prod_nope" }, 404],
          [`/admin/also-bought/prod_nope/pins`, { companion_id: id("cup") }, 404],
          [`/admin/also-bought/${id("cup")}/pins`, { companion_id: id("tea"), extra: 1 }, 400],
          [`/admin/also-bought/${id("cup")}/pins`, { companion_id: id("tea"), position: -1 }, 400],
          [`/admin/also-bought/${id("cup")}/blocks`, {}, 400],
        ] as const
        for (const [path, body, status] of bad) {
          expect([path, (await api.post(path, body, headers).catch(failure)).status]).toEqual([path, status])
        }
        // removing a pin that is not there, or a block that is a pin, is a 404 and changes nothing
        const missing = await api.delete(`/admin/also-bought/${id("cup")}/blocks/${id("tea")}`, headers).catch(failure)
        expect(missing.status).toBe(404)
        expect(await pinsOf()).toEqual([id("tea"), id("kettle")])
        expect(
          (await api.post(`/admin/also-bought/${id("cup")}/pins`, { companion_id: id("tea") }).catch(failure)).status
        ).toBe(401)
      })
    })

    describe("GET /store/carts/:id/also-bought", () => {
      const cartWith = async (...products: ProductName[]) => {
        const { data } = await api
          .post("/store/carts", { region_id: catalog.regionId }, storeHeaders(key))
          .catch(explain)
        for (const product of products) {
          await api
            .post(
              `/store/carts/${data.cart.id}/line-items`,
              { variant_id: catalog.variants[product], quantity: 1 },
              storeHeaders(key)
            )
            .catch(explain)
        }
        return data.cart.id as string
      }
      const cartCompanions = async (cartId: string) =>
        (await api.get(`/store/carts/${cartId}/also-bought`, storeHeaders(key)).catch(explain)).data

      it("should recommend for the whole cart, nothing already in it", async () => {
        const teaOnly = await cartCompanions(await cartWith("tea"))
        expect(pairs(teaOnly.companions)).toEqual([[id("cup"), "rules"]])
        expect(teaOnly.companions[0].because_of).toBe(id("tea"))

        // cup is in the cart now: its own best companion (tea) is in the cart too, so nothing buyable is left
        const both = await cartCompanions(await cartWith("tea", "cup"))
        expect(both.product_ids.sort()).toEqual([id("cup"), id("tea")].sort())
        expect(both.companions).toEqual([])

        // an empty cart gets the store's best sellers that can be bought
        const empty = await cartCompanions(await cartWith())
        expect(pairs(empty.companions)).toEqual([
          [id("tea"), "fallback"],
          [id("cup"), "fallback"],
        ])
      })

      it("should answer a registered customer's cart to that customer only, on also-bought and bundles", async () => {
        const ada = await registerCustomer(api, key, "ada@example.test")
        const bob = await registerCustomer(api, key, "bob@example.test")
        const asAda = storeHeaders(key, { authorization: `Bearer ${ada.token}` })
        const { data } = await api.post("/store/carts", { region_id: catalog.regionId }, asAda).catch(explain)
        const cartId = data.cart.id as string
        expect((await api.get(`/store/carts/${cartId}/also-bought`, asAda).catch(failure)).status).toBe(200)

        const strangers = [storeHeaders(key, { authorization: `Bearer ${bob.token}` }), storeHeaders(key)]
        for (const stranger of strangers) {
          const read = await api.get(`/store/carts/${cartId}/also-bought`, stranger).catch(failure)
          expect({ status: read.status, data: read.data }).toEqual({
            status: 404,
            data: { type: "not_found", message: `Cart ${cartId} was not found` },
          })
          const bundle = await api
            .post(`/store/carts/${cartId}/bundles`, { product_id: id("tea") }, stranger)
            .catch(failure)
          expect(bundle.status).toBe(404)
        }
        const { data: after } = await api.get(`/store/carts/${cartId}`, asAda).catch(explain)
        expect(after.cart.items).toEqual([])
      })

      it("should answer 404 for an unknown cart and 400 for a bad query", async () => {
        expect((await api.get("/store/carts/cart_nope/also-bought", storeHeaders(key)).catch(failure)).status).toBe(404)
        const cartId = await cartWith("tea")
        for (const query of ["limit=0", "region_id=x"]) {
          const answer = await api.get(`/store/carts/${cartId}/also-bought?${query}`, storeHeaders(key)).catch(failure)
          expect(answer.status).toBe(400)
        }
      })
    })
  },
})
