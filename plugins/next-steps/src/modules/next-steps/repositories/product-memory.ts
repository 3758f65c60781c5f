import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"

// SQL of tp_ns_product_memory: what the plugin remembers of each product (so a gone product's page still leads
// somewhere), and the replacement the owner named for it.
// One exported object, not loose functions: Medusa registers every function exported from a module's
// `repositories/` in the module container as a repository class.

type Manager = SqlEntityManager

/** A product as remembered (what `productFacets` reads, plus when it left the catalog and its replacement). */
export type MemoryRow = {
  product_id: string
  handle: string
  title: string
  status: string
  discontinued: boolean
  category_ids: string[]
  parent_category_ids: string[]
  type_id: string | null
  tag_ids: string[]
  collection_id: string | null
  brand_id: string | null
  brand_name: string | null
  deleted_from_catalog_at: Date | null
  replacement_product_id: string | null
}

export type RememberedProduct = Omit<MemoryRow, "deleted_from_catalog_at" | "replacement_product_id">

const COLUMNS =
  "product_id, handle, title, status, discontinued, category_ids, parent_category_ids, type_id, tag_ids, collection_id, brand_id, brand_name, deleted_from_catalog_at, replacement_product_id"
const CHUNK = 200

const marks = (values: readonly unknown[]) => values.map(() => "?").join(", ")

/** Inserts or updates products as they are now, under these fresh ids; a product back in the catalog is no longer deleted. */
async function upsert(manager: Manager, products: (RememberedProduct & { id: string })[]): Promise<void> {
  for (let start = 0; start < products.length; start += CHUNK) {
    const chunk = products.slice(start, start + CHUNK)
    await manager.execute(
      `INSERT INTO tp_ns_product_memory (id, product_id, handle, title, status, discontinued, category_ids,
         parent_category_ids, type_id, tag_ids, collection_id, brand_id, brand_name, created_at, updated_at)
       VALUES ${chunk.map(() => "(?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?::jsonb, ?, ?, ?, now(), now())").join(", ")}
       ON CONFLICT (product_id) WHERE deleted_at IS NULL DO UPDATE SET
         handle = EXCLUDED.handle, title = EXCLUDED.title, status = EXCLUDED.status,
         discontinued = EXCLUDED.discontinued, category_ids = EXCLUDED.category_ids,
         parent_category_ids = EXCLUDED.parent_category_ids, type_id = EXCLUDED.type_id,
         tag_ids = EXCLUDED.tag_ids, collection_id = EXCLUDED.collection_id, brand_id = EXCLUDED.brand_id,
         brand_name = EXCLUDED.brand_name, deleted_from_catalog_at = NULL, updated_at = now()`,
      chunk.flatMap((product) => [
        product.id,
        product.product_id,
        product.handle,
        product.title,
        product.status,
        product.discontinued,
        JSON.stringify(product.category_ids),
        JSON.stringify(product.parent_category_ids),
        product.type_id,
        JSON.stringify(product.tag_ids),
        product.collection_id,
        product.brand_id,
        product.brand_name,
      ])
    )
  }
}

/** Marks products as deleted from the catalog; answers those not marked before. */
async function markDeleted(manager: Manager, productIds: string[]): Promise<string[]> {
  const rows = await manager.execute<{ product_id: string }[]>(
    `UPDATE tp_ns_product_memory SET deleted_from_catalog_at = now(), updated_at = now()
     WHERE product_id IN (${marks(productIds)}) AND deleted_from_catalog_at IS NULL
       AND deleted_at IS NULL RETURNING product_id`,
    productIds
  )
  return rows.map((row) => row.product_id)
}

/** Takes the deletion mark off products. */
async function unmarkDeleted(manager: Manager, productIds: string[]): Promise<void> {
  await manager.execute(
    `UPDATE tp_ns_product_memory SET deleted_from_catalog_at = NULL, updated_at = now()
     WHERE product_id IN (${marks(productIds)}) AND deleted_at IS NULL`,
    productIds
  )
}

/** Remembered products by id. */
async function byIds(manager: Manager, productIds: string[]): Promise<MemoryRow[]> {
  return manager.execute(
    `SELECT ${COLUMNS} FROM tp_ns_product_memory WHERE product_id IN (${marks(productIds)}) AND deleted_at IS NULL`,
    productIds
  )
}

/** The product last remembered under a handle (a handle may have been reused), or null. */
async function lastByHandle(manager: Manager, handle: string): Promise<MemoryRow | null> {
  const [row] = await manager.execute<MemoryRow[]>(
    `SELECT ${COLUMNS} FROM tp_ns_product_memory WHERE handle = ? AND deleted_at IS NULL
     ORDER BY deleted_from_catalog_at DESC NULLS FIRST, updated_at DESC LIMIT 1`,
    [handle]
  )
  return row ?? null
}

/** Ids of every remembered product not marked deleted. */
async function idsInCatalog(manager: Manager): Promise<string[]> {
  const rows = await manager.execute<{ product_id: string }[]>(
    "SELECT product_id FROM tp_ns_product_memory WHERE deleted_from_catalog_at IS NULL AND deleted_at IS NULL"
  )
  return rows.map((row) => row.product_id)
}

/** Sets a product's replacement (null clears it), locking the row first; answers the previous one. */
async function replaceReplacement(manager: Manager, productId: string, replacementId: string | null) {
  const [previous] = await manager.execute<{ replacement_product_id: string | null }[]>(
    "SELECT replacement_product_id FROM tp_ns_product_memory WHERE product_id = ? AND deleted_at IS NULL FOR UPDATE",
    [productId]
  )
  await manager.execute(
    `UPDATE tp_ns_product_memory SET replacement_product_id = ?, updated_at = now()
     WHERE product_id = ? AND deleted_at IS NULL`,
    [replacementId, productId]
  )
  return previous?.replacement_product_id ?? null
}

/**
 * A page of remembered products: `replaced` = those with a replacement (newest change first); `gone` = every
 * unpublished, discontinued or deleted product, those without a replacement first. With the total count.
 */
async function page(
  manager: Manager,
  input: { show: "replaced" | "gone"; limit: number; offset: number }
): Promise<{ rows: MemoryRow[]; count: number }> {
  const where =
    input.show === "replaced"
      ? "replacement_product_id IS NOT NULL"
      : "(status <> 'published' OR discontinued OR deleted_from_catalog_at IS NOT NULL)"
  const order = input.show === "replaced" ? "" : "(replacement_product_id IS NOT NULL), "
  const [{ count }] = await manager.execute<{ count: string }[]>(
    `SELECT count(*) AS count FROM tp_ns_product_memory WHERE ${where} AND deleted_at IS NULL`
  )
  const rows = await manager.execute<MemoryRow[]>(
    `SELECT ${COLUMNS} FROM tp_ns_product_memory WHERE ${where} AND deleted_at IS NULL
     ORDER BY ${order}updated_at DESC, product_id LIMIT ? OFFSET ?`,
    [input.limit, input.offset]
  )
  return { rows, count: Number(count) }
}

export const productMemory = {
  upsert,
  markDeleted,
  unmarkDeleted,
  byIds,
  lastByHandle,
  idsInCatalog,
  replaceReplacement,
  page,
}
