import type { RemoteQueryFunction } from "@medusajs/framework/types"
import type { Candidate, SimilarityReason } from "./candidates"
import { childCategoryIds, publishedProductIds } from "./catalog-queries"
import type { ProductFacets } from "./product-facets"

type Query = Omit<RemoteQueryFunction, symbol>

/** How much each shared attribute counts towards "similar" (a product gets the sum of what it shares). */
export const SIMILARITY_WEIGHTS: Record<SimilarityReason, number> = {
  same_category: 8,
  parent_category: 4,
  same_type: 2,
  shared_tags: 1.5,
  same_collection: 1,
}

/**
 * Products like this one: same category first, then the parent category (sibling categories), type, tags and
 * collection, ranked by how much they share (the weights above), then by units sold. The reason is the
 * strongest attribute shared.
 */
export async function similarCandidates(
  query: Query,
  product: ProductFacets,
  units: Map<string, number>
): Promise<Candidate[]> {
  const siblings = (await childCategoryIds(query, product.parent_category_ids)).filter(
    (id) => !product.category_ids.includes(id)
  )
  const neighbourhoods: [SimilarityReason, Record<string, unknown> | null][] = [
    ["same_category", product.category_ids.length ? { categories: { id: product.category_ids } } : null],
    ["parent_category", siblings.length ? { categories: { id: siblings } } : null],
    ["same_type", product.type_id ? { type_id: product.type_id } : null],
    ["shared_tags", product.tag_ids.length ? { tags: { id: product.tag_ids } } : null],
    ["same_collection", product.collection_id ? { collection_id: product.collection_id } : null],
  ]
  const found = await Promise.all(
    neighbourhoods.map(([, filters]) => (filters ? publishedProductIds(query, filters) : Promise.resolve([])))
  )
  const scored = new Map<string, { score: number; reason: SimilarityReason; weight: number }>()
  neighbourhoods.forEach(([reason], index) => {
    const weight = SIMILARITY_WEIGHTS[reason]
    for (const id of found[index]) {
      if (id === product.id) continue
      const current = scored.get(id)
      if (!current) scored.set(id, { score: weight, reason, weight })
      else {
        current.score += weight
        if (weight > current.weight) Object.assign(current, { reason, weight })
      }
    }
  })
  return [...scored]
    .sort(([a, x], [b, y]) => y.score - x.score || (units.get(b) ?? 0) - (units.get(a) ?? 0) || a.localeCompare(b))
    .map(([product_id, { reason }]) => ({ product_id, reason }))
}
