import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { setBrandProductsStep } from "@touchpoints/core/workflows"
import { adminHeaders } from "../../helpers/admin"
import { httpTestRunner } from "../../helpers/runner"

jest.setTimeout(120_000)

type Failure = { status: number; data: { type: string; message: string } }
const fail = (error: { response?: unknown }) => error.response as Failure

async function createProducts(container: MedusaContainer, handles: string[]) {
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: handles.map((handle) => ({
        title: handle,
        handle,
        status: ProductStatus.PUBLISHED,
        options: [{ title: "Default option", values: ["Default option value"] }],
        variants: [{ title: "Default variant", options: { "Default option": "Default option value" }, prices: [] }],
      })),
    },
  })
  return result.map((p) => p.id)
}

const brandOf = async (container: MedusaContainer, productId: string) => {
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "product", fields: ["id", "brand.handle"], filters: { id: productId } })
  return (data[0] as { brand?: { handle: string } | null }).brand?.handle ?? null
}

httpTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }

    beforeEach(async () => {
      admin = await adminHeaders(getContainer(), api)
    })

    describe("POST /admin/brands", () => {
      it("should create a brand and derive its handle from the name", async () => {
        const { status, data } = await api.post("/admin/brands", { name: "Ember & Oak" }, admin)
        expect(status).toBe(200)
        expect(data.brand).toEqual(
          expect.objectContaining({ id: expect.stringMatching(/^brand_/), name: "Ember & Oak", handle: "ember-oak" })
        )
      })

      it("should answer 400 for unknown fields, a bad handle and a taken handle", async () => {
        await api.post("/admin/brands", { name: "Nordhaus" }, admin)
        const extra = await api.post("/admin/brands", { name: "X", color: "red" }, admin).catch(fail)
        expect(extra.status).toBe(400)
        expect(extra.data.message).toMatch(/color/)
        const bad = await api.post("/admin/brands", { name: "X", handle: "Not A Handle" }, admin).catch(fail)
        expect(bad.status).toBe(400)
        const taken = await api.post("/admin/brands", { name: "Nordhaus 2", handle: "nordhaus" }, admin).catch(fail)
        expect(taken.status).toBe(400)
        expect(taken.data).toEqual({ type: "invalid_data", message: 'Brand with handle "nordhaus" already exists' })
      })

      it("should answer 401 without an admin", async () => {
        const anonymous = await api.post("/admin/brands", { name: "X" }).catch(fail)
        expect(anonymous.status).toBe(401)
      })
    })

    describe("GET /admin/brands", () => {
      it("should list, search and paginate", async () => {
        for (const name of ["Alpine Gear", "Baltic Home", "Coastline"]) {
          await api.post("/admin/brands", { name }, admin)
        }
        const page = await api.get("/admin/brands?limit=2&order=handle", admin)
        expect(page.data).toEqual(expect.objectContaining({ count: 3, offset: 0, limit: 2 }))
        expect(page.data.brands.map((b: { handle: string }) => b.handle)).toEqual(["alpine-gear", "baltic-home"])
        const search = await api.get("/admin/brands?q=balt", admin)
        expect(search.data.brands.map((b: { handle: string }) => b.handle)).toEqual(["baltic-home"])
      })
    })

    describe("GET/POST/DELETE /admin/brands/:id", () => {
      it("should read, update and delete a brand, and 404 an unknown one", async () => {
        const { data } = await api.post("/admin/brands", { name: "Solstice" }, admin)
        const id = data.brand.id
        const updated = await api.post(`/admin/brands/${id}`, { description: "Yoga and sleep", logo_url: null }, admin)
        expect(updated.data.brand).toEqual(
          expect.objectContaining({ handle: "solstice", description: "Yoga and sleep" })
        )
        expect((await api.get(`/admin/brands/${id}`, admin)).data.brand.description).toBe("Yoga and sleep")

        const deleted = await api.delete(`/admin/brands/${id}`, admin)
        expect(deleted.data).toEqual({ id, object: "brand", deleted: true })
        expect((await api.get(`/admin/brands/${id}`, admin).catch(fail)).status).toBe(404)
        expect((await api.post("/admin/brands/brand_nope", { name: "X" }, admin).catch(fail)).status).toBe(404)
        expect((await api.delete("/admin/brands/brand_nope", admin).catch(fail)).status).toBe(404)
      })
    })

    describe("POST /admin/brands/:id/products", () => {
      it("should link products, move a product from its old brand and unlink it", async () => {
        const container = getContainer()
        const [knife, board] = await createProducts(container, ["chefs-knife", "cutting-board"])
        const oak = (await api.post("/admin/brands", { name: "Ember & Oak" }, admin)).data.brand
        const alder = (await api.post("/admin/brands", { name: "Alder Goods" }, admin)).data.brand

        const linked = await api.post(`/admin/brands/${oak.id}/products`, { add: [knife, board] }, admin)
        expect(linked.data.brand.products.map((p: { id: string }) => p.id).sort()).toEqual([knife, board].sort())

        await api.post(`/admin/brands/${alder.id}/products`, { add: [board] }, admin)
        expect(await brandOf(container, board)).toBe("alder-goods")
        expect(await brandOf(container, knife)).toBe("ember-oak")

        await api.post(`/admin/brands/${oak.id}/products`, { remove: [knife, board] }, admin)
        expect(await brandOf(container, knife)).toBeNull()
        expect(await brandOf(container, board)).toBe("alder-goods")

        // a deleted brand leaves its products without a brand
        await api.delete(`/admin/brands/${alder.id}`, admin)
        expect(await brandOf(container, board)).toBeNull()
      })

      it("should answer 400 for unknown products, a product both added and removed, and extra fields", async () => {
        const [knife] = await createProducts(getContainer(), ["paring-knife"])
        const oak = (await api.post("/admin/brands", { name: "Ember & Oak" }, admin)).data.brand
        const unknown = await api.post(`/admin/brands/${oak.id}/products`, { add: ["prod_nope"] }, admin).catch(fail)
        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toMatch(/prod_nope/)
        const both = await api
          .post(`/admin/brands/${oak.id}/products`, { add: [knife], remove: [knife] }, admin)
          .catch(fail)
        expect(both.status).toBe(400)
        const extra = await api.post(`/admin/brands/${oak.id}/products`, { set: [knife] }, admin).catch(fail)
        expect(extra.status).toBe(400)
        expect((await api.post("/admin/brands/brand_nope/products", { add: [knife] }, admin).catch(fail)).status).toBe(
          404
        )
      })

      it("should restore every product's brand when a later step fails", async () => {
        const container = getContainer()
        const [knife, board] = await createProducts(container, ["bread-knife", "board"])
        const oak = (await api.post("/admin/brands", { name: "Ember & Oak" }, admin)).data.brand
        const alder = (await api.post("/admin/brands", { name: "Alder Goods" }, admin)).data.brand
        await api.post(`/admin/brands/${oak.id}/products`, { add: [knife] }, admin)

        const boom = createStep("tp-test-brand-boom", async () => {
          throw new Error("injected failure")
        })
        const failing = createWorkflow(
          "tp-test-set-brand-products-then-fail",
          (input: { brand_id: string; add: string[] }) => {
            setBrandProductsStep(input)
            boom()
            return new WorkflowResponse(void 0)
          }
        )
        const { errors } = await failing(container).run({
          input: { brand_id: alder.id, add: [knife, board] },
          throwOnError: false,
        })
        expect(errors[0].error.message).toBe("injected failure")
        expect(await brandOf(container, knife)).toBe("ember-oak")
        expect(await brandOf(container, board)).toBeNull()
      })
    })
  },
})
