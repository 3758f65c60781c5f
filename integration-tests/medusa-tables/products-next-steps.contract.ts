import { Modules } from "@medusajs/framework/utils"
import { createProductCategoriesWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import {
  categoryParents,
  existingProductIds,
  productIdsAfter,
  productStatus,
  publishedProductFacets,
} from "@touchpoints/core/medusa-tables"
import { createBrandsWorkflow, setBrandProductsWorkflow } from "@touchpoints/core/workflows"
import type { Contract } from "./contract"

/**
 * core's medusa-tables/products.ts as next-steps' catalogue index (published products with their categories,
 * tags and brand; the category tree) and core's buyable snapshot (every product, a page at a time) use it.
 */
const productsOfNextSteps: Contract = ({ container, db }) => {
  it("answers published products with categories, tags and brand newest first, the category tree, and id pages", async () => {
    const tag = `ns-facets-${Date.now()}`
    const {
      result: [parent],
    } = await createProductCategoriesWorkflow(container()).run({
      input: { product_categories: [{ name: `${tag} parent`, handle: `${tag}-parent`, is_active: true }] },
    })
    const {
      result: [child],
    } = await createProductCategoriesWorkflow(container()).run({
      input: {
        product_categories: [
          { name: `${tag} child`, handle: `${tag}-child`, is_active: true, parent_category_id: parent.id },
        ],
      },
    })
    const [steel] = await container()
      .resolve(Modules.PRODUCT)
      .createProductTags([{ value: `${tag}-steel` }])
    const product = (name: string, extra: Record<string, unknown> = {}) => ({
      title: `${tag} ${name}`,
      handle: `${tag}-${name}`,
      status: "published" as const,
      options: [{ title: "Size", values: ["One"] }],
      variants: [{ title: "One", options: { Size: "One" }, prices: [{ amount: 5, currency_code: "eur" }] }],
      ...extra,
    })
    const { result: made } = await createProductsWorkflow(container()).run({
      input: {
        products: [
          product("old", { category_ids: [child.id], tag_ids: [steel.id] }),
          product("draft", { status: "draft", category_ids: [child.id] }),
        ],
      },
    })
    const { result: newer } = await createProductsWorkflow(container()).run({
      input: {
        products: [product("new", { category_ids: [parent.id, child.id], metadata: { discontinued: true } })],
      },
    })
    const id = (name: string) => [...made, ...newer].find((p) => p.handle === `${tag}-${name}`)?.id as string
    const {
      result: [brand],
    } = await createBrandsWorkflow(container()).run({ input: { brands: [{ name: `${tag} brand` }] } })
    await setBrandProductsWorkflow(container()).run({ input: { brand_id: brand.id, add: [id("old")] } })

    const rows = (await publishedProductFacets(db())).filter((row) =>
      [id("old"), id("new"), id("draft")].includes(row.id)
    )
    expect(rows).toEqual([
      {
        id: id("new"),
        handle: `${tag}-new`,
        title: `${tag} new`,
        discontinued: true,
        type_id: null,
        collection_id: null,
        category_ids: [parent.id, child.id].sort(),
        tag_ids: [],
        brand_id: null,
      },
      {
        id: id("old"),
        handle: `${tag}-old`,
        title: `${tag} old`,
        discontinued: false,
        type_id: null,
        collection_id: null,
        category_ids: [child.id],
        tag_ids: [steel.id],
        brand_id: brand.id,
      },
    ])
    expect(await categoryParents(db())).toEqual(
      expect.arrayContaining([
        { id: parent.id, parent_category_id: null },
        { id: child.id, parent_category_id: parent.id },
      ])
    )

    expect(await productStatus(db(), id("old"))).toBe("published")
    expect(await productStatus(db(), id("draft"))).toBe("draft")
    expect(await productStatus(db(), "prod_no_such_product")).toBeNull()
    expect(await existingProductIds(db(), [id("old"), id("draft"), "prod_no_such_product"])).toEqual(
      new Set([id("old"), id("draft")])
    )

    // pages of 2 walk every product (drafts too) once, in id order
    const walked: string[] = []
    for (let afterId: string | null = null; ; ) {
      const page: string[] = await productIdsAfter(db(), { afterId, limit: 2 })
      walked.push(...page)
      if (page.length < 2) break
      afterId = page[page.length - 1]
    }
    expect(walked).toEqual([...walked].sort())
    expect(new Set(walked).size).toBe(walked.length)
    expect(walked).toEqual(expect.arrayContaining([id("old"), id("new"), id("draft")]))
  })
}

export default productsOfNextSteps
