import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { GroupKey } from "../options"

// SQL of tp_ns_curation: the owner's pins and exclusions per product page ("*": every page) and group.
// One exported object, not loose functions: Medusa registers every function exported from a module's
// `repositories/` in the module container as a repository class.

type Manager = SqlEntityManager

export type CurationRow = {
  product_id: string
  group: GroupKey
  target_id: string
  action: "pin" | "exclude"
  position: number
}

const RETURNED = `product_id, "group", target_id, action, position`

/** The rows that apply to a product's page: its own and the store-wide ones. */
async function ofPage(manager: Manager, productId: string): Promise<CurationRow[]> {
  return manager.execute(
    `SELECT ${RETURNED} FROM tp_ns_curation
     WHERE product_id IN (?, '*') AND deleted_at IS NULL ORDER BY position, created_at, target_id`,
    [productId]
  )
}

/** Serializes changes to one page's rows (until the transaction ends). */
async function lock(manager: Manager, productId: string): Promise<void> {
  await manager.execute("SELECT pg_advisory_xact_lock(hashtext(?))", [`tp_ns_curation:${productId}`])
}

/** Removes a page's own rows; answers them. */
async function deleteOfPage(manager: Manager, productId: string): Promise<CurationRow[]> {
  return manager.execute<CurationRow[]>(
    `DELETE FROM tp_ns_curation WHERE product_id = ? AND deleted_at IS NULL RETURNING ${RETURNED}`,
    [productId]
  )
}

/** Inserts one row. */
async function insert(manager: Manager, row: CurationRow & { id: string }): Promise<void> {
  await manager.execute(
    `INSERT INTO tp_ns_curation (id, product_id, "group", target_id, action, position, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, now(), now())`,
    [row.id, row.product_id, row.group, row.target_id, row.action, row.position]
  )
}

/** The pages with rows of their own, and "*" when there are store-wide rows. */
async function curatedPages(manager: Manager): Promise<string[]> {
  const rows = await manager.execute<{ product_id: string }[]>(
    "SELECT DISTINCT product_id FROM tp_ns_curation WHERE deleted_at IS NULL"
  )
  return rows.map((row) => row.product_id)
}

export const pageCurations = { ofPage, lock, deleteOfPage, insert, curatedPages }
