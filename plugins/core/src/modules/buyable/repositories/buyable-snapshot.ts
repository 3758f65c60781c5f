import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"

// SQL of tp_buyable_product and tp_buyable_change: the snapshot of what shoppers can buy, per product and
// context. Id lists travel as one JSON parameter. One exported object: Medusa registers every function exported
// from a module's `repositories/` as a repository class.

type Manager = SqlEntityManager

/** A region and sales channel; "" stands for "none". */
export type SnapshotContext = { region_key: string; sales_channel_key: string }

/** One product's entry in a context: not buyable, or buyable with what its link shows. */
export type SnapshotEntry = { product_id: string; buyable: boolean; product: unknown | null }

/** The entries of these products in one context, and the database's time of reading (the guard of a later write). */
async function read(
  manager: Manager,
  productIds: readonly string[],
  context: SnapshotContext
): Promise<{ read_at: Date; entries: SnapshotEntry[] }> {
  const [row] = await manager.execute<{ read_at: Date; entries: SnapshotEntry[] }[]>(
    `SELECT now() AS read_at, COALESCE((
       SELECT json_agg(json_build_object('product_id', product_id, 'buyable', buyable, 'product', product))
       FROM tp_buyable_product
       WHERE deleted_at IS NULL AND region_key = ? AND sales_channel_key = ?
         AND product_id = ANY(ARRAY(SELECT jsonb_array_elements_text(?::jsonb)))), '[]'::json) AS entries`,
    [context.region_key, context.sales_channel_key, JSON.stringify(productIds)]
  )
  return { read_at: new Date(row.read_at), entries: row.entries }
}

/**
 * Keeps entries checked from `checkedAt` on: a product that changed since (tp_buyable_change) or whose entry was
 * checked later is left as it is, so an older check never overwrites a newer one.
 */
async function write(
  manager: Manager,
  entries: readonly SnapshotEntry[],
  context: SnapshotContext,
  checkedAt: Date
): Promise<void> {
  if (!entries.length) return
  await manager.execute(
    `INSERT INTO tp_buyable_product (id, product_id, region_key, sales_channel_key, buyable, product, checked_at,
         created_at, updated_at)
     SELECT 'tpbp_' || replace(gen_random_uuid()::text, '-', ''), entry.product_id, ?, ?, entry.buyable,
         entry.product, ?::timestamptz, now(), now()
     FROM jsonb_to_recordset(?::jsonb) AS entry(product_id text, buyable boolean, product jsonb)
     WHERE NOT EXISTS (
       SELECT 1 FROM tp_buyable_change change
       WHERE change.product_id = entry.product_id AND change.deleted_at IS NULL AND change.changed_at >= ?::timestamptz)
     ON CONFLICT (product_id, region_key, sales_channel_key) WHERE deleted_at IS NULL DO UPDATE
       SET buyable = EXCLUDED.buyable, product = EXCLUDED.product, checked_at = EXCLUDED.checked_at, updated_at = now()
       WHERE tp_buyable_product.checked_at <= EXCLUDED.checked_at`,
    [context.region_key, context.sales_channel_key, checkedAt, JSON.stringify(entries), checkedAt]
  )
}

/** Records that these products changed now; answers the database's time after recording (a new check's start). */
async function markChanged(manager: Manager, productIds: readonly string[]): Promise<Date> {
  if (productIds.length) {
    await manager.execute(
      `INSERT INTO tp_buyable_change (id, product_id, changed_at, created_at, updated_at)
       SELECT 'tpbc_' || replace(gen_random_uuid()::text, '-', ''), id, clock_timestamp(), now(), now()
       FROM (SELECT DISTINCT jsonb_array_elements_text(?::jsonb) AS id) ids
       ON CONFLICT (product_id) WHERE deleted_at IS NULL DO UPDATE
         SET changed_at = EXCLUDED.changed_at, updated_at = now()`,
      [JSON.stringify(productIds)]
    )
  }
  const [row] = await manager.execute<{ at: Date }[]>("SELECT clock_timestamp() AS at")
  return new Date(row.at)
}

/** The contexts the snapshot has entries for. */
async function contexts(manager: Manager): Promise<SnapshotContext[]> {
  return manager.execute<SnapshotContext[]>(
    `SELECT DISTINCT region_key, sales_channel_key FROM tp_buyable_product WHERE deleted_at IS NULL`
  )
}

/** Drops entries a full refresh that started at `before` did not check (products gone since), and old changes. */
async function dropUnchecked(manager: Manager, context: SnapshotContext, before: Date): Promise<number> {
  const removed = await manager.execute<{ id: string }[]>(
    `DELETE FROM tp_buyable_product WHERE region_key = ? AND sales_channel_key = ? AND deleted_at IS NULL
       AND checked_at < ?::timestamptz
     RETURNING id`,
    [context.region_key, context.sales_channel_key, before]
  )
  await manager.execute("DELETE FROM tp_buyable_change WHERE changed_at < ?::timestamptz - interval '1 day'", [before])
  // a first refresh fills the table at once: fresh statistics keep the reads on the product index
  await manager.execute("ANALYZE tp_buyable_product")
  return removed.length
}

export const buyableSnapshot = { read, write, markChanged, contexts, dropUnchecked }
