import { type MedusaDb, medusaRows } from "./medusa-db"

/** `?, ?, ?` for an IN list (knex expands an array binding into a list, so each value gets its own mark). */
const inList = (values: readonly unknown[]) => values.map(() => "?").join(", ")

/** A product's direct membership of a category, with the category's name. */
export type ProductCategoryMembership = { product_id: string; category_id: string; category_name: string }

/** The categories these products are directly in (not their parents), with the categories' names. */
export async function categoriesOfProducts(
  db: MedusaDb,
  productIds: readonly string[]
): Promise<ProductCategoryMembership[]> {
  if (!productIds.length) return []
  return medusaRows<ProductCategoryMembership>(
    db,
    `SELECT pcp.product_id, pcp.product_category_id AS category_id, pc.name AS category_name
     FROM product_category_product pcp
     JOIN product_category pc ON pc.id = pcp.product_category_id
     WHERE pcp.product_id IN (${inList(productIds)})`,
    productIds
  )
}

/** The ids of the products directly in a category (not in its children). */
export async function productIdsInCategory(db: MedusaDb, categoryId: string): Promise<string[]> {
  const rows = await medusaRows<{ product_id: string }>(
    db,
    "SELECT product_id FROM product_category_product WHERE product_category_id = ?",
    [categoryId]
  )
  return rows.map((row) => row.product_id)
}
