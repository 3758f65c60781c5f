import { batchLinkProductsToCategoryWorkflow, createProductCategoriesWorkflow } from "@medusajs/medusa/core-flows"
import { categoriesOfProducts, productIdsInCategory } from "@touchpoints/core/medusa-tables"
import { createFeedbackShop } from "../helpers/feedback-shop"
import type { Contract } from "./contract"

/** core's medusa-tables/products.ts, as feedback's report (group by and filter by category) uses it. */
const productsOfFeedback: Contract = ({ api, container, db }) => {
  it("answers products' categories with their names, and a category's products", async () => {
    const shop = await createFeedbackShop(container(), api)
    const { tea, cup, kettle } = shop.catalog.products
    const {
      result: [drinks, kitchen],
    } = await createProductCategoriesWorkflow(container()).run({
      input: {
        product_categories: [
          { name: "Contract drinks", handle: "contract-drinks", is_active: true },
          { name: "Contract kitchen", handle: "contract-kitchen", is_active: true },
        ],
      },
    })
    await batchLinkProductsToCategoryWorkflow(container()).run({ input: { id: drinks.id, add: [tea, cup] } })
    await batchLinkProductsToCategoryWorkflow(container()).run({ input: { id: kitchen.id, add: [cup] } })

    const rows = await categoriesOfProducts(db(), [tea, cup, kettle])
    const mine = rows.filter((row) => [drinks.id, kitchen.id].includes(row.category_id))
    const key = (row: { product_id: string; category_id: string }) => `${row.product_id}:${row.category_id}`
    expect(mine.sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
      [
        { product_id: tea, category_id: drinks.id, category_name: "Contract drinks" },
        { product_id: cup, category_id: drinks.id, category_name: "Contract drinks" },
        { product_id: cup, category_id: kitchen.id, category_name: "Contract kitchen" },
      ].sort((a, b) => key(a).localeCompare(key(b)))
    )
    expect(await categoriesOfProducts(db(), [])).toEqual([])
    expect((await productIdsInCategory(db(), drinks.id)).sort()).toEqual([tea, cup].sort())
    expect(await productIdsInCategory(db(), kitchen.id)).toEqual([cup])
  })
}

export default productsOfFeedback
