import { type Candidate, candidatesOf } from "./candidates"
import { commonCategoryIds, publishedInCategories } from "./catalog-queries"
import type { CatalogueIndex } from "./catalogue-index"
import type { ProductFacets } from "./product-facets"
import { byPopularity } from "./units-sold"

/**
 * The brand's most popular products (units sold in the window), then the best sellers of the brand's own
 * category (the category most of its products are in) for a brand with too few.
 */
export function brandCandidates(
  index: CatalogueIndex,
  product: ProductFacets,
  units: Map<string, number>
): { brand: Candidate[]; brandCategory: Candidate[] } {
  if (!product.brand) return { brand: [], brandCategory: [] }
  const products = index.byBrand.get(product.brand.id) ?? []
  // the product's own categories count even when it is not published (not in the index)
  const categories = commonCategoryIds(index, [...products.filter((id) => id !== product.id)], product.category_ids)
  const inCategory = categories.length ? publishedInCategories(index, [categories[0]]) : []
  return {
    brand: candidatesOf(byPopularity(products, units), "brand_best_seller", product.id),
    brandCategory: candidatesOf(byPopularity(inCategory, units), "brand_category_best_seller", product.id),
  }
}
