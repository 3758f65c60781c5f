import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cacheBus } from "@touchpoints/core/lib"
import {
  categoryParents,
  type MedusaDb,
  type PublishedProductFacetRow,
  publishedProductFacets,
} from "@touchpoints/core/medusa-tables"
import type { ProductFacets } from "./product-facets"

/** The published catalogue by attribute, each list newest first: where a page finds its candidates. */
export type CatalogueIndex = {
  /** Every published product, newest first. */
  newest: string[]
  /** Position in `newest` (lower is newer). */
  rank: Map<string, number>
  /** Each published product's facets (what a page needs of its own product). */
  facets: Map<string, ProductFacets>
  byCategory: Map<string, string[]>
  childCategories: Map<string, string[]>
  byType: Map<string, string[]>
  byCollection: Map<string, string[]>
  byTag: Map<string, string[]>
  byBrand: Map<string, string[]>
}

const CACHE_NAME = "next-steps:catalogue"
/** How long a read waits for a rebuild when it has an older index to answer instead. */
const STALE_WAIT_MS = 250

/** The oldest index a read answers without building again. */
const MAX_AGE_MS = 600_000
let built: { at: number; index: CatalogueIndex } | null = null
let pending: Promise<CatalogueIndex> | null = null
/** Counts changes: a build that a change overtook is kept as already stale (it may not have seen the change). */
let generation = 0

function markStale(): void {
  generation += 1
  if (built) built.at = 0
}

/** A product changed: the next read builds again (and answers the last index meanwhile), on every instance. */
export function forgetCatalogueIndex(): void {
  markStale()
  cacheBus.announce(CACHE_NAME)
}
cacheBus.listen(CACHE_NAME, markStale)

/**
 * The published catalogue indexed per instance (two statements over Medusa's tables and the brands; 2.4 s and
 * 36 MB for 49,223 products), so a product page's own facets and its neighbourhoods cost no query. Product events
 * rebuild it (a read then waits at most STALE_WAIT_MS and else answers the last index); it is rebuilt after
 * MAX_AGE_MS at the latest (category changes send no product event). Concurrent readers share one build.
 */
export async function catalogueIndex(container: Pick<MedusaContainer, "resolve">): Promise<CatalogueIndex> {
  const last = built
  if (last && Date.now() - last.at < MAX_AGE_MS) return last.index
  pending ??= buildIndex(container).finally(() => {
    pending = null
  })
  if (!last) return pending
  const building = pending
  let timer: NodeJS.Timeout | undefined
  const waited = new Promise<CatalogueIndex>((resolve) => {
    timer = setTimeout(() => resolve(last.index), STALE_WAIT_MS)
  })
  try {
    return await Promise.race([building.catch(() => last.index), waited])
  } finally {
    clearTimeout(timer)
  }
}

async function buildIndex(container: Pick<MedusaContainer, "resolve">): Promise<CatalogueIndex> {
  const startedAt = Date.now()
  const startedIn = generation
  const db = container.resolve<MedusaDb>(ContainerRegistrationKeys.PG_CONNECTION)
  const [products, categories, { data: brands }] = await Promise.all([
    publishedProductFacets(db),
    categoryParents(db),
    container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "brand", fields: ["id", "name"] }),
  ])
  const parentOf = new Map(categories.map((category) => [category.id, category.parent_category_id]))
  const brandNames = new Map((brands as { id: string; name: string }[]).map((brand) => [brand.id, brand.name]))
  const index: CatalogueIndex = {
    newest: products.map((product) => product.id),
    rank: new Map(products.map((product, position) => [product.id, position])),
    facets: new Map(products.map((product) => [product.id, facetsOf(product, parentOf, brandNames)])),
    byCategory: new Map(),
    childCategories: new Map(),
    byType: new Map(),
    byCollection: new Map(),
    byTag: new Map(),
    byBrand: new Map(),
  }
  const add = (map: Map<string, string[]>, key: string | null, id: string) => {
    if (!key) return
    const list = map.get(key)
    if (list) list.push(id)
    else map.set(key, [id])
  }
  for (const product of products) {
    for (const category of product.category_ids) add(index.byCategory, category, product.id)
    for (const tag of product.tag_ids) add(index.byTag, tag, product.id)
    add(index.byType, product.type_id, product.id)
    add(index.byCollection, product.collection_id, product.id)
    add(index.byBrand, product.brand_id, product.id)
  }
  for (const category of categories) add(index.childCategories, category.parent_category_id, category.id)
  built = { at: startedIn === generation ? startedAt : 0, index }
  return index
}

function facetsOf(
  row: PublishedProductFacetRow,
  parentOf: Map<string, string | null>,
  brandNames: Map<string, string>
): ProductFacets {
  const brandName = row.brand_id ? brandNames.get(row.brand_id) : undefined
  return {
    id: row.id,
    handle: row.handle,
    title: row.title,
    status: "published",
    discontinued: row.discontinued,
    category_ids: row.category_ids,
    parent_category_ids: [
      ...new Set(row.category_ids.map((id) => parentOf.get(id)).filter((id): id is string => !!id)),
    ],
    type_id: row.type_id,
    tag_ids: row.tag_ids,
    collection_id: row.collection_id,
    brand: row.brand_id && brandName !== undefined ? { id: row.brand_id, name: brandName } : null,
  }
}

/** The newest `cap` products of the lists under these keys (each product once). */
export function newestOf(
  index: CatalogueIndex,
  map: Map<string, string[]>,
  keys: readonly (string | null | undefined)[],
  cap: number
): string[] {
  const lists = keys.flatMap((key) => (key ? [map.get(key) ?? []] : []))
  if (lists.length === 1) return lists[0].slice(0, cap)
  const ids = [...new Set(lists.flat())]
  return ids.sort((a, b) => (index.rank.get(a) ?? 0) - (index.rank.get(b) ?? 0)).slice(0, cap)
}
