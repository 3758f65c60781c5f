import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"

// What the abandoned-cart scan reads of cart recovery's own records, for a page of Medusa's open carts at once.
// One exported object: Medusa registers every function exported from `repositories/` as a repository class.

/** A cart's own recovery record, as the scan reads it. */
export type CartScanState = { last_activity_at: Date | null; reminders_sent: number; restored: boolean }

/** The records of these carts (one query for the whole page; carts without a record are absent). */
async function ofCarts(manager: SqlEntityManager, cartIds: readonly string[]): Promise<Map<string, CartScanState>> {
  if (!cartIds.length) return new Map()
  const rows = await manager.execute<
    { cart_id: string; last_activity_at: Date | null; reminders_sent: number | string; restored: boolean }[]
  >(
    `SELECT cart_id, last_activity_at, reminders_sent, restored_at IS NOT NULL AS restored FROM tp_cr_cart
     WHERE cart_id IN (${cartIds.map(() => "?").join(", ")}) AND deleted_at IS NULL`,
    [...cartIds]
  )
  return new Map(
    rows.map((row) => [
      row.cart_id,
      { last_activity_at: row.last_activity_at, reminders_sent: Number(row.reminders_sent), restored: row.restored },
    ])
  )
}

export const cartScanState = { ofCarts }
