import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cacheBus } from "@touchpoints/core/lib"
import { categoryParents, type MedusaDb, publishedProductFacets } from "@touchpoints/core/medusa-tables"

/** The published catalogue by attribute, each list newest first: where a page finds its candidates. */
export type CatalogueIndex = {
  /** Every published product, newest first. */
  newest: string[]
  /** Position in `newest` (lower is newer). */
  rank: Map<string, number>
  categoriesOf: Map<string, string[]>
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

/** A product changed: the next read builds again (and answers the last index meanwhile), on every instance. */
export function forgetCatalogueIndex(): void {
  if (built) built.at = 0
  cacheBus.announce(CACHE_NAME)
}
cacheBus.listen(CACHE_NAME, () => {
  if (built) built.at = 0
})

/**
 * The published catalogue indexed per instance (two statements over Medusa's tables; about 1 s and some 15 MB
 * for 50,000 products), so a product page's neighbourhoods cost no query. Product events rebuild it (a read
 * then waits at most STALE_WAIT_MS and else answers the last index); it is rebuilt after ten minutes at the
 * latest (MAX_AGE_MS: category changes send no product event). Concurrent readers share one build.
 */
export async function catalogueIndex(container: Pick<MedusaContainer, "resolve">): Promise<CatalogueIndex> {
  const last = built
  if (last && Date.now() - last.at < MAX_AGE_MS) return last.index
  pending ??= buildIndex(container.resolve<MedusaDb>(ContainerRegistrationKeys.PG_CONNECTION)).finally(() => {
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

async function buildIndex(db: MedusaDb): Promise<CatalogueIndex> {
  const startedAt = Date.now()
  const [products, categories] = await Promise.all([publishedProductFacets(db), categoryParents(db)])
  const index: CatalogueIndex = {
    newest: products.map((product) => product.id),
    rank: new Map(products.map((product, position) => [product.id, position])),
    categoriesOf: new Map(products.map((product) => [product.id, product.category_ids])),
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
  built = { at: startedAt, index }
  return index
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
