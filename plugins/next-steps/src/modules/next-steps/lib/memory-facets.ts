import type { MemoryRow, RememberedProduct } from "../service"
import type { ProductFacets } from "./product-facets"

/** A product's facets as the memory keeps them. */
export function rememberedProduct(facets: ProductFacets): RememberedProduct {
  return {
    product_id: facets.id,
    handle: facets.handle,
    title: facets.title,
    status: facets.status,
    discontinued: facets.discontinued,
    category_ids: facets.category_ids,
    parent_category_ids: facets.parent_category_ids,
    type_id: facets.type_id,
    tag_ids: facets.tag_ids,
    collection_id: facets.collection_id,
    brand_id: facets.brand?.id ?? null,
    brand_name: facets.brand?.name ?? null,
  }
}

/** The facets of a remembered product (for a page of a product that is gone). */
export function facetsFromMemory(row: MemoryRow): ProductFacets {
  return {
    id: row.product_id,
    handle: row.handle,
    title: row.title,
    status: row.deleted_from_catalog_at ? "deleted" : row.status,
    discontinued: row.discontinued,
    category_ids: row.category_ids ?? [],
    parent_category_ids: row.parent_category_ids ?? [],
    type_id: row.type_id,
    tag_ids: row.tag_ids ?? [],
    collection_id: row.collection_id,
    brand: row.brand_id ? { id: row.brand_id, name: row.brand_name ?? "" } : null,
  }
}
