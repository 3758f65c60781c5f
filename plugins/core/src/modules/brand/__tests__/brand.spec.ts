import path from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { BRAND_MODULE } from ".."
import Brand from "../models/brand"
import type BrandModuleService from "../service"

jest.setTimeout(60_000)

moduleIntegrationTestRunner<BrandModuleService>({
  moduleName: BRAND_MODULE,
  moduleModels: [Brand],
  resolve: path.join(__dirname, ".."),
  testSuite: ({ service }) => {
    describe("BrandModuleService", () => {
      it("should create brands with prefixed ids and nullable fields", async () => {
        const [acme, nord] = await service.createBrands([
          { name: "Acme", handle: "acme", logo_url: "https://example.com/acme.svg" },
          { name: "Nordlicht", handle: "nordlicht", description: "Lamps from the north" },
        ])

        expect(acme.id).toMatch(/^brand_/)
        expect(acme).toEqual(
          expect.objectContaining({ name: "Acme", handle: "acme", description: null, metadata: null })
        )
        expect(nord.description).toBe("Lamps from the north")
        expect(nord.logo_url).toBeNull()
      })

      it("should refuse a second brand with the same handle", async () => {
        await service.createBrands({ name: "Acme", handle: "acme" })
        await expect(service.createBrands({ name: "Acme again", handle: "acme" })).rejects.toThrow(/already exists/)
      })

      it("should let a handle be reused once its brand is deleted", async () => {
        const old = await service.createBrands({ name: "Old", handle: "old" })
        await service.softDeleteBrands([old.id])
        const again = await service.createBrands({ name: "Old, again", handle: "old" })
        expect(again.id).not.toBe(old.id)
      })

      it("should list, filter and search brands", async () => {
        await service.createBrands([
          { name: "Alpine Gear", handle: "alpine-gear" },
          { name: "Baltic Home", handle: "baltic-home" },
          { name: "Coastline", handle: "coastline" },
        ])

        const [all, count] = await service.listAndCountBrands({}, { order: { handle: "ASC" }, take: 2 })
        expect(count).toBe(3)
        expect(all.map((b) => b.handle)).toEqual(["alpine-gear", "baltic-home"])

        const byHandle = await service.listBrands({ handle: ["coastline"] })
        expect(byHandle).toHaveLength(1)

        const searched = await service.listBrands({ q: "baltic" })
        expect(searched.map((b) => b.handle)).toEqual(["baltic-home"])
      })

      it("should update and soft-delete then restore a brand", async () => {
        const brand = await service.createBrands({ name: "Acme", handle: "acme" })
        const updated = await service.updateBrands({ id: brand.id, description: "Since 1950", metadata: { a: 1 } })
        expect(updated).toEqual(expect.objectContaining({ description: "Since 1950", metadata: { a: 1 } }))

        await service.softDeleteBrands([brand.id])
        expect(await service.listBrands({ id: brand.id })).toHaveLength(0)

        await service.restoreBrands([brand.id])
        expect(await service.retrieveBrand(brand.id)).toEqual(expect.objectContaining({ handle: "acme" }))
      })
    })
  },
})
