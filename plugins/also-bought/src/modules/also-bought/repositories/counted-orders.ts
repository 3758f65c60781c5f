import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"

// SQL of tp_ab_order: the baskets counted (one row per store order or imported order, its distinct products).
// One exported object, not loose functions: Medusa registers every function exported from a module's
// `repositories/` in the module container as a repository class.

type Manager = SqlEntityManager

export type Basket = { orderId: string; productIds: string[] }
export type BasketOrigin = { source: "order" | "import"; importRun: string | null }

const CHUNK = 5000

/** Adds one store order's basket (sorted, distinct products); false when the order was counted before. */
async function insertOne(manager: Manager, input: { id: string; orderId: string; productIds: string[] }) {
  const inserted = await manager.execute<{ id: string }[]>(
    `INSERT INTO tp_ab_order (id, order_id, product_ids, created_at, updated_at) VALUES (?, ?, ?::jsonb, now(), now())
     ON CONFLICT (order_id) WHERE deleted_at IS NULL DO NOTHING RETURNING id`,
    [input.id, input.orderId, JSON.stringify(input.productIds)]
  )
  return inserted.length > 0
}

/** Removes one order's basket; answers the products it held, or null when the order was not counted. */
async function deleteOne(manager: Manager, orderId: string): Promise<string[] | null> {
  const [removed] = await manager.execute<{ product_ids: string[] }[]>(
    "DELETE FROM tp_ab_order WHERE order_id = ? AND deleted_at IS NULL RETURNING product_ids",
    [orderId]
  )
  return removed?.product_ids ?? null
}

/**
 * Inserts baskets (distinct, sorted products), a chunk per statement passed as one JSON document; an order id
 * already counted is skipped. Answers how many went in.
 */
async function insertMany(manager: Manager, baskets: Basket[], origin: BasketOrigin): Promise<number> {
  let inserted = 0
  for (let start = 0; start < baskets.length; start += CHUNK) {
    const chunk = baskets
      .slice(start, start + CHUNK)
      .filter((basket) => basket.productIds.length)
      .map((basket) => ({ o: basket.orderId, p: [...new Set(basket.productIds)].sort() }))
    if (!chunk.length) continue
    const rows = await manager.execute<{ inserted: string }[]>(
      `WITH added AS (
         INSERT INTO tp_ab_order (id, order_id, product_ids, source, import_run, created_at, updated_at)
         SELECT 'tpabo_' || replace(gen_random_uuid()::text, '-', ''), b.o, b.p, ?, ?, now(), now()
         FROM jsonb_to_recordset(?::jsonb) AS b(o text, p jsonb)
         ON CONFLICT (order_id) WHERE deleted_at IS NULL DO NOTHING RETURNING 1
       ) SELECT count(*) AS inserted FROM added`,
      [origin.source, origin.importRun, JSON.stringify(chunk)]
    )
    inserted += Number(rows[0]?.inserted ?? 0)
  }
  return inserted
}

/** Removes every store order's basket (imported ones stay). */
async function deleteStoreOrders(manager: Manager): Promise<void> {
  await manager.execute("DELETE FROM tp_ab_order WHERE source = 'order'")
}

/** Removes every basket one import run added. */
async function deleteImportRun(manager: Manager, importRun: string): Promise<void> {
  await manager.execute("DELETE FROM tp_ab_order WHERE import_run = ?", [importRun])
}

export const countedOrders = { insertOne, deleteOne, insertMany, deleteStoreOrders, deleteImportRun }
