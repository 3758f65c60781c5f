import type { RemoteQueryFunction } from "@medusajs/framework/types"

/** Ids of the products sharing a category with the product (itself excluded); null when the product is unknown. */
export async function sameCategoryProducts(
  query: Omit<RemoteQueryFunction, symbol>,
  productId: string
): Promise<string[] | null> {
  const { data } = await query.graph({ entity: "product", fields: ["id", "categories.id"], filters: { id: productId } })
  const product = data[0] as { categories?: { id: string }[] | null } | undefined
  if (!product) return null
  const categoryIds = (product.categories ?? []).map((category) => category.id)
  if (!categoryIds.length) return []
  // the category -> products side is not filled through the product, so ask for the products of those categories
  const { data: neighbours } = await query.graph({
    entity: "product",
    fields: ["id"],
    filters: { categories: { id: categoryIds } } as Record<string, unknown>,
  })
  return (neighbours as { id: string }[]).map((entry) => entry.id).filter((id) => id !== productId)
}
