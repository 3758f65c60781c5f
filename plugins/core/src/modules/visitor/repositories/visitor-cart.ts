import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { marks } from "../../../lib/sql-marks"

// SQL of tp_visitor_cart: which visitor used which cart. The rules (first association wins, an association
// recorded after the order never attributes it) are the service's; these only read and write rows.
// One exported object, not loose functions: Medusa registers every function exported from a module's
// `repositories/` in the module container as a repository class.

type Manager = SqlEntityManager

/** How an association was learned: a cart route called with the visitor header, or a tracked event naming it. */
export type CartAssociationSource = "request" | "event"

export type CartAssociationRow = {
  id: string
  cartId: string
  anonymousId: string
  source: CartAssociationSource
  /** The app server's clock, like Medusa's own `created_at` of the order it is compared with. */
  at: Date
}

/**
 * An INSERT of associations that keeps the first one of each cart (a conflict inserts nothing) and returns the
 * ids it added, for use alone or as a data-modifying CTE of a larger statement. Callers pass the ids, so compensation can delete exactly the rows
 * this statement added (an id whose row lost the conflict simply does not exist).
 */
function insertStatement(rows: readonly CartAssociationRow[]): { sql: string; params: unknown[] } {
  const sql = `INSERT INTO tp_visitor_cart (id, cart_id, anonymous_id, source, associated_at, created_at, updated_at)
     VALUES ${rows.map(() => "(?, ?, ?, ?, ?, now(), now())").join(", ")}
     ON CONFLICT (cart_id) WHERE deleted_at IS NULL DO NOTHING RETURNING id`
  const params = rows.flatMap((row) => [row.id, row.cartId, row.anonymousId, row.source, row.at])
  return { sql, params }
}

/** Inserts one association; false when the cart already had one (the first association wins). */
async function insertFirst(manager: Manager, row: CartAssociationRow): Promise<boolean> {
  const { sql, params } = insertStatement([row])
  const inserted = await manager.execute<{ id: string }[]>(sql, params)
  return inserted.length > 0
}

/** The association of each cart, by cart id (carts nobody associated are absent). */
async function read(
  manager: Manager,
  cartIds: readonly string[]
): Promise<Map<string, { anonymous_id: string; associated_at: Date }>> {
  const ids = [...new Set(cartIds)]
  if (!ids.length) {
    return new Map()
  }
  const rows = await manager.execute<{ cart_id: string; anonymous_id: string; associated_at: Date }[]>(
    `SELECT cart_id, anonymous_id, associated_at FROM tp_visitor_cart
      WHERE cart_id IN (${marks(ids)}) AND deleted_at IS NULL`,
    ids
  )
  return new Map(rows.map((row) => [row.cart_id, { anonymous_id: row.anonymous_id, associated_at: row.associated_at }]))
}

/** Removes associations by id (compensation of the statement that added them). */
async function remove(manager: Manager, ids: readonly string[]): Promise<void> {
  if (ids.length) {
    await manager.execute(`DELETE FROM tp_visitor_cart WHERE id IN (${marks(ids)})`, [...ids], "run")
  }
}

export const cartAssociations = { insertStatement, insertFirst, read, remove }
