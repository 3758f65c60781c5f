import type { RemoteQueryFunction } from "@medusajs/framework/types"

type Query = Omit<RemoteQueryFunction, symbol>

/** How many products one neighbourhood query reads at most (the newest first), so big catalogs cost the same. */
export const NEIGHBOURHOOD_CAP = 200

/** Published products matching a filter (ids only). */
export async function publishedProductIds(query: Query, filters: Record<string, unknown>): Promise<string[]> {
  const { data } = await query.graph({
    entity: "product",
    fields: ["id"],
    filters: { status: "published", ...filters },
    pagination: { take: NEIGHBOURHOOD_CAP, order: { created_at: "DESC" } },
  })
  return (data as { id: string }[]).map((product) => product.id)
}

/** The categories under these parents (siblings of a product's categories). */
export async function childCategoryIds(query: Query, parentIds: string[]): Promise<string[]> {
  if (!parentIds.length) return []
  const { data } = await query.graph({
    entity: "product_category",
    fields: ["id"],
    filters: { parent_category_id: parentIds },
  })
  return (data as { id: string }[]).map((category) => category.id)
}

/** The categories of some products, most common first (for "the brand's category"). */
export async function commonCategoryIds(query: Query, productIds: string[]): Promise<string[]> {
  if (!productIds.length) return []
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "categories.id"],
    filters: { id: productIds },
  })
  const counts = new Map<string, number>()
  for (const product of data as { categories?: { id: string }[] | null }[]) {
    for (const category of product.categories ?? []) counts.set(category.id, (counts.get(category.id) ?? 0) + 1)
  }
  return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([id]) => id)
}
