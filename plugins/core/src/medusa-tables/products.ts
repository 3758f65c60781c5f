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

/** A page of product ids (not deleted, any status) after `afterId`, in id order: a walk over the whole catalogue. */
export async function productIdsAfter(
  db: MedusaDb,
  page: { afterId: string | null; limit: number }
): Promise<string[]> {
  const rows = await medusaRows<{ id: string }>(
    db,
    `SELECT id FROM product WHERE deleted_at IS NULL AND (?::text IS NULL OR id > ?) ORDER BY id LIMIT ?`,
    [page.afterId, page.afterId, page.limit]
  )
  return rows.map((row) => row.id)
}

/** A published product as far as its neighbours go: the catalogue index of next-steps is built from these. */
export type PublishedProductFacetRow = {
  id: string
  handle: string
  title: string
  /** `metadata.discontinued` is JSON true (the shop's "no longer made" mark). */
  discontinued: boolean
  type_id: string | null
  collection_id: string | null
  category_ids: string[]
  tag_ids: string[]
  brand_id: string | null
}

/**
 * Every published product with its categories, tags and brand, newest first (ties by id). The product-brand
 * link table is core's own (links/product-brand.ts), read here next to Medusa's product table.
 */
export async function publishedProductFacets(db: MedusaDb): Promise<PublishedProductFacetRow[]> {
  return medusaRows<PublishedProductFacetRow>(
    db,
    `SELECT p.id, p.handle, p.title, COALESCE(p.metadata -> 'discontinued' = 'true'::jsonb, false) AS discontinued,
       p.type_id, p.collection_id,
       COALESCE((SELECT array_agg(pcp.product_category_id ORDER BY pcp.product_category_id)
                 FROM product_category_product pcp WHERE pcp.product_id = p.id), '{}') AS category_ids,
       COALESCE((SELECT array_agg(pt.product_tag_id ORDER BY pt.product_tag_id)
                 FROM product_tags pt WHERE pt.product_id = p.id), '{}') AS tag_ids,
       (SELECT link.brand_id FROM product_product_brand_brand link
        WHERE link.product_id = p.id AND link.deleted_at IS NULL LIMIT 1) AS brand_id
     FROM product p
     WHERE p.status = 'published' AND p.deleted_at IS NULL
     ORDER BY p.created_at DESC, p.id`
  )
}

/** Every category (not deleted) with its parent. */
export async function categoryParents(db: MedusaDb): Promise<{ id: string; parent_category_id: string | null }[]> {
  return medusaRows(db, "SELECT id, parent_category_id FROM product_category WHERE deleted_at IS NULL ORDER BY id")
}

/** A product's status now ("published", "draft"...), or null when there is no such product (or it was deleted). */
export async function productStatus(db: MedusaDb, productId: string): Promise<string | null> {
  const [row] = await medusaRows<{ status: string }>(
    db,
    "SELECT status FROM product WHERE id = ? AND deleted_at IS NULL",
    [productId]
  )
  return row?.status ?? null
}

/** Which of these ids are products (any status, not deleted). */
export async function existingProductIds(db: MedusaDb, productIds: readonly string[]): Promise<Set<string>> {
  if (!productIds.length) return new Set()
  const rows = await medusaRows<{ id: string }>(
    db,
    `SELECT id FROM product WHERE id IN (${inList(productIds)}) AND deleted_at IS NULL`,
    productIds
  )
  return new Set(rows.map((row) => row.id))
}
