import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"

/** The product_id of the row that counts all orders. */
export const ALL_ORDERS = "*"

export type Basket = { orderId: string; productIds: string[] }
export type StatisticsSize = { orders: number; products: number; pairs: number }

const CHUNK = 5000

/**
 * Inserts baskets (distinct, sorted products), a chunk per statement passed as one JSON document; an order id
 * already counted is skipped. Answers how many went in.
 */
export async function insertBaskets(
  manager: SqlEntityManager,
  baskets: Basket[],
  origin: { source: "order" | "import"; importRun: string | null }
): Promise<number> {
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

/**
 * Recomputes every product and pair count from the stored baskets, in SQL (the caller holds the exclusive
 * statistics lock and the transaction).
 */
export async function recountStatistics(manager: SqlEntityManager): Promise<StatisticsSize> {
  // the pair count aggregates millions of rows for a large history: let it hash in memory
  await manager.execute("SET LOCAL work_mem = '256MB'")
  await manager.execute("DELETE FROM tp_ab_pair")
  await manager.execute("DELETE FROM tp_ab_product")
  await manager.execute(
    `INSERT INTO tp_ab_product (id, product_id, orders, created_at, updated_at)
     SELECT 'tpabp_' || md5(p), p, count(*), now(), now()
     FROM tp_ab_order o, jsonb_array_elements_text(o.product_ids) AS p WHERE o.deleted_at IS NULL GROUP BY p`
  )
  await manager.execute(
    `INSERT INTO tp_ab_product (id, product_id, orders, created_at, updated_at)
     SELECT 'tpabp_all', ?, count(*), now(), now() FROM tp_ab_order WHERE deleted_at IS NULL`,
    [ALL_ORDERS]
  )
  await manager.execute(
    `INSERT INTO tp_ab_pair (id, product_a, product_b, orders, created_at, updated_at)
     SELECT 'tpabq_' || md5(a || '|' || b), a, b, count(*), now(), now()
     FROM tp_ab_order o, jsonb_array_elements_text(o.product_ids) AS a, jsonb_array_elements_text(o.product_ids) AS b
     WHERE a < b AND o.deleted_at IS NULL GROUP BY a, b`
  )
  const [size] = await manager.execute<{ orders: string; products: string; pairs: string }[]>(
    `SELECT (SELECT orders FROM tp_ab_product WHERE product_id = ?) AS orders,
            (SELECT count(*) FROM tp_ab_product WHERE product_id <> ?) AS products,
            (SELECT count(*) FROM tp_ab_pair) AS pairs`,
    [ALL_ORDERS, ALL_ORDERS]
  )
  return { orders: Number(size.orders), products: Number(size.products), pairs: Number(size.pairs) }
}
