import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { type Candidate, candidatesOf } from "./candidates"
import { commonCategoryIds, publishedProductIds } from "./catalog-queries"
import type { ProductFacets } from "./product-facets"
import { byPopularity } from "./units-sold"

type Query = Omit<RemoteQueryFunction, symbol>

/**
 * The brand's most popular products (units sold in the window), then the best sellers of the brand's own
 * category (the category most of its products are in) for a brand with too few.
 */
export async function brandCandidates(
  query: Query,
  product: ProductFacets,
  units: Map<string, number>
): Promise<{ brand: Candidate[]; brandCategory: Candidate[] }> {
  if (!product.brand) return { brand: [], brandCategory: [] }
  const { data } = await query.graph({
    entity: "brand",
    fields: ["id", "products.id", "products.status"],
    filters: { id: product.brand.id },
  })
  const products = ((data[0] as { products?: { id: string; status: string }[] | null } | undefined)?.products ?? [])
    .filter((entry) => entry?.status === "published")
    .map((entry) => entry.id)
  const categories = await commonCategoryIds(query, [product.id, ...products])
  const inCategory = categories.length ? await publishedProductIds(query, { categories: { id: categories[0] } }) : []
  return {
    brand: candidatesOf(byPopularity(products, units), "brand_best_seller", product.id),
    brandCategory: candidatesOf(byPopularity(inCategory, units), "brand_category_best_seller", product.id),
  }
}
