import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"

// SQL of tp_ab_bundle: which Medusa promotion gives each bundle (its sorted product ids) its discount.
// One exported object, not loose functions: Medusa registers every function exported from a module's
// `repositories/` in the module container as a repository class.

type Manager = SqlEntityManager

export type BundleRow = {
  id: string
  bundle_key: string
  product_ids: string[]
  discount_percent: number
  promotion_id: string
}

const COLUMNS = "id, bundle_key, product_ids, discount_percent, promotion_id"

/** The record of a bundle, or null. */
async function byKey(manager: Manager, bundleKey: string): Promise<BundleRow | null> {
  const [row] = await manager.execute<BundleRow[]>(
    `SELECT ${COLUMNS} FROM tp_ab_bundle WHERE bundle_key = ? AND deleted_at IS NULL`,
    [bundleKey]
  )
  return row ?? null
}

/** Removes the record of a bundle; answers it, or null when there was none. */
async function deleteByKey(manager: Manager, bundleKey: string): Promise<BundleRow | null> {
  const [previous] = await manager.execute<BundleRow[]>(
    `DELETE FROM tp_ab_bundle WHERE bundle_key = ? AND deleted_at IS NULL RETURNING ${COLUMNS}`,
    [bundleKey]
  )
  return previous ?? null
}

/** Inserts the record of a bundle. */
async function insert(manager: Manager, row: BundleRow): Promise<void> {
  await manager.execute(
    `INSERT INTO tp_ab_bundle (id, bundle_key, product_ids, discount_percent, promotion_id, created_at, updated_at)
     VALUES (?, ?, ?::jsonb, ?, ?, now(), now())`,
    [row.id, row.bundle_key, JSON.stringify(row.product_ids), row.discount_percent, row.promotion_id]
  )
}

export const bundlePromotions = { byKey, deleteByKey, insert }
