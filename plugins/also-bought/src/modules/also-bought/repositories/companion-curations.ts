import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"

// SQL of tp_ab_curation: the merchant's pins and blocks of a product's companions. The rules (where a pin goes,
// one decision per companion) are the service's; these only read and write rows.
// One exported object, not loose functions: Medusa registers every function exported from a module's
// `repositories/` in the module container as a repository class.

type Manager = SqlEntityManager

export type CurationAction = "pin" | "block"
export type CurationRow = {
  product_id: string
  companion_id: string
  action: CurationAction
  position: number
  created_at: Date
}

const RETURNED = "product_id, companion_id, action, position, created_at"

/** Serializes changes to one product's curations (until the transaction ends). */
async function lock(manager: Manager, productId: string): Promise<void> {
  await manager.execute("SELECT pg_advisory_xact_lock(hashtext(?))", [`tp_ab_curation:${productId}`])
}

/** A product's pins (in position order) and blocks. */
async function ofProduct(manager: Manager, productId: string): Promise<CurationRow[]> {
  return manager.execute(
    `SELECT ${RETURNED} FROM tp_ab_curation
     WHERE product_id = ? AND deleted_at IS NULL ORDER BY action DESC, position, created_at, companion_id`,
    [productId]
  )
}

/** Removes the decision about one companion; answers it, or null when there was none. */
async function deleteOne(manager: Manager, productId: string, companionId: string): Promise<CurationRow | null> {
  const [removed] = await manager.execute<CurationRow[]>(
    `DELETE FROM tp_ab_curation WHERE product_id = ? AND companion_id = ? AND deleted_at IS NULL RETURNING ${RETURNED}`,
    [productId, companionId]
  )
  return removed ?? null
}

/** Removes every decision about a product's companions. */
async function deleteOfProduct(manager: Manager, productId: string): Promise<void> {
  await manager.execute("DELETE FROM tp_ab_curation WHERE product_id = ? AND deleted_at IS NULL", [productId])
}

/** The position after the product's last pin (0 without pins). */
async function nextPinPosition(manager: Manager, productId: string): Promise<number> {
  const [{ next }] = await manager.execute<{ next: number }[]>(
    `SELECT coalesce(max(position) + 1, 0) AS next FROM tp_ab_curation
     WHERE product_id = ? AND action = 'pin' AND deleted_at IS NULL`,
    [productId]
  )
  return next
}

/** Moves the product's pins at `position` or later down one place. */
async function shiftPinsFrom(manager: Manager, productId: string, position: number): Promise<void> {
  await manager.execute(
    `UPDATE tp_ab_curation SET position = position + 1, updated_at = now()
     WHERE product_id = ? AND action = 'pin' AND position >= ? AND deleted_at IS NULL`,
    [productId, position]
  )
}

/** Inserts one decision (created now unless `created_at` is given); answers it. */
async function insert(
  manager: Manager,
  row: Omit<CurationRow, "created_at"> & { id: string; created_at?: Date }
): Promise<CurationRow> {
  const [current] = await manager.execute<CurationRow[]>(
    `INSERT INTO tp_ab_curation (id, product_id, companion_id, action, position, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, coalesce(?::timestamptz, now()), now()) RETURNING ${RETURNED}`,
    [row.id, row.product_id, row.companion_id, row.action, row.position, row.created_at ?? null]
  )
  return current
}

export const companionCurations = {
  lock,
  ofProduct,
  deleteOne,
  deleteOfProduct,
  nextPinPosition,
  shiftPinsFrom,
  insert,
}
