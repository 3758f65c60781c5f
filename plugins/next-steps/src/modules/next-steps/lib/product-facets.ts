import type { RemoteQueryFunction } from "@medusajs/framework/types"

type Query = Omit<RemoteQueryFunction, symbol>

/** What a product is, as far as finding its neighbours goes. */
export type ProductFacets = {
  id: string
  handle: string
  title: string
  status: string
  discontinued: boolean
  category_ids: string[]
  parent_category_ids: string[]
  type_id: string | null
  tag_ids: string[]
  collection_id: string | null
  brand: { id: string; name: string } | null
}

type ProductRecord = {
  id: string
  handle: string
  title: string
  status: string
  metadata?: Record<string, unknown> | null
  type_id?: string | null
  collection_id?: string | null
  tags?: { id: string }[] | null
  categories?: { id: string; parent_category_id: string | null }[] | null
  brand?: { id: string; name: string } | null
}

const FACET_FIELDS = [
  "id",
  "handle",
  "title",
  "status",
  "metadata",
  "type_id",
  "collection_id",
  "tags.id",
  "categories.id",
  "categories.parent_category_id",
  "brand.id",
  "brand.name",
]

/** Loads the facets of a product (any status); null when there is no such product. */
export async function productFacets(
  query: Query,
  filters: { id: string } | { handle: string }
): Promise<ProductFacets | null> {
  return (await productsFacets(query, filters))[0] ?? null
}

/** Loads the facets of the products matching a filter (any status), a page at a time when asked. */
export async function productsFacets(
  query: Query,
  filters: Record<string, unknown>,
  pagination?: { skip: number; take: number }
): Promise<ProductFacets[]> {
  const { data } = await query.graph({
    entity: "product",
    fields: FACET_FIELDS,
    filters,
    ...(pagination ? { pagination: { ...pagination, order: { created_at: "ASC" } } } : {}),
  })
  return (data as unknown as ProductRecord[]).map(facetsOf)
}

function facetsOf(product: ProductRecord): ProductFacets {
  const categories = (product.categories ?? []).filter(Boolean)
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    status: product.status,
    discontinued: product.metadata?.discontinued === true,
    category_ids: categories.map((category) => category.id),
    parent_category_ids: [
      ...new Set(categories.map((category) => category.parent_category_id).filter((id): id is string => !!id)),
    ],
    type_id: product.type_id ?? null,
    tag_ids: (product.tags ?? []).filter(Boolean).map((tag) => tag.id),
    collection_id: product.collection_id ?? null,
    brand: product.brand ? { id: product.brand.id, name: product.brand.name } : null,
  }
}
