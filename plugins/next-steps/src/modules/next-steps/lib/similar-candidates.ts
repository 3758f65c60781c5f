import type { Candidate, SimilarityReason } from "./candidates"
import { NEIGHBOURHOOD_CAP, publishedInCategories } from "./catalog-queries"
import { type CatalogueIndex, newestOf } from "./catalogue-index"
import type { ProductFacets } from "./product-facets"

/** How much each shared attribute counts towards "similar" (a product gets the sum of what it shares). */
export const SIMILARITY_WEIGHTS: Record<SimilarityReason, number> = {
  same_category: 8,
  parent_category: 4,
  same_type: 2,
  shared_tags: 1.5,
  same_collection: 1,
}

/** A product's neighbourhoods by reason: the newest published products sharing each attribute it has. */
export function similarNeighbourhoods(index: CatalogueIndex, product: ProductFacets): Map<string, string[]> {
  const siblings = product.parent_category_ids
    .flatMap((parent) => index.childCategories.get(parent) ?? [])
    .filter((id) => !product.category_ids.includes(id))
  return new Map<SimilarityReason, string[]>([
    ["same_category", publishedInCategories(index, product.category_ids)],
    ["parent_category", publishedInCategories(index, siblings)],
    ["same_type", newestOf(index, index.byType, [product.type_id], NEIGHBOURHOOD_CAP)],
    ["shared_tags", newestOf(index, index.byTag, product.tag_ids, NEIGHBOURHOOD_CAP)],
    ["same_collection", newestOf(index, index.byCollection, [product.collection_id], NEIGHBOURHOOD_CAP)],
  ])
}

/**
 * Products like this one, from its neighbourhoods (`found`, by reason): same category first, then the parent
 * category (sibling categories), type, tags and collection, ranked by how much they share (the weights above),
 * then by units sold. The reason is the strongest attribute shared.
 */
export function rankSimilar(
  product: ProductFacets,
  found: Map<string, string[]>,
  units: Map<string, number>
): Candidate[] {
  const scored = new Map<string, { score: number; reason: SimilarityReason; weight: number }>()
  for (const [reason, weight] of Object.entries(SIMILARITY_WEIGHTS) as [SimilarityReason, number][]) {
    for (const id of found.get(reason) ?? []) {
      if (id === product.id) continue
      const current = scored.get(id)
      if (!current) scored.set(id, { score: weight, reason, weight })
      else {
        current.score += weight
        if (weight > current.weight) Object.assign(current, { reason, weight })
      }
    }
  }
  return [...scored]
    .sort(([a, x], [b, y]) => y.score - x.score || (units.get(b) ?? 0) - (units.get(a) ?? 0) || a.localeCompare(b))
    .map(([product_id, { reason }]) => ({ product_id, reason }))
}
