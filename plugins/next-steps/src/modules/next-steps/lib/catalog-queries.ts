import { type CatalogueIndex, newestOf } from "./catalogue-index"

/** How many products one neighbourhood offers at most (the newest first), so big catalogs cost the same. */
export const NEIGHBOURHOOD_CAP = 200

/** The newest published products in any of these categories. */
export function publishedInCategories(index: CatalogueIndex, categoryIds: string[]): string[] {
  return newestOf(index, index.byCategory, categoryIds, NEIGHBOURHOOD_CAP)
}

/** The categories of some products, most common first (for "the brand's category"). */
export function commonCategoryIds(index: CatalogueIndex, productIds: string[], alsoIn: string[] = []): string[] {
  const counts = new Map<string, number>()
  for (const category of alsoIn) counts.set(category, (counts.get(category) ?? 0) + 1)
  for (const id of productIds) {
    for (const category of index.facets.get(id)?.category_ids ?? [])
      counts.set(category, (counts.get(category) ?? 0) + 1)
  }
  return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([id]) => id)
}
