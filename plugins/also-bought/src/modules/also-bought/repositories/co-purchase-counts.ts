import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"

// SQL of tp_ab_product and tp_ab_pair: per product the counted orders holding it, per pair those holding both,
// and the row of all counted orders. Plus the advisory lock that orders incremental counts and rebuilds.
// One exported object, not loose functions: Medusa registers every function exported from a module's
// `repositories/` in the module container as a repository class.

type Manager = SqlEntityManager

/** The product_id of the row that counts all orders. */
export const ALL_ORDERS = "*"

export type StatisticsSize = { orders: number; products: number; pairs: number }
export type PairWithCompanion = { companion: string; both: number; companion_orders: number }

const marks = (values: readonly unknown[]) => values.map(() => "?").join(", ")
const PAIR_CHUNK = 500

/** Incremental counts share the lock; a full rebuild holds it alone (until the transaction ends). */
async function lock(manager: Manager, mode: "shared" | "exclusive"): Promise<void> {
  const fn = mode === "shared" ? "pg_advisory_xact_lock_shared" : "pg_advisory_xact_lock"
  await manager.execute(`SELECT ${fn}(hashtext('tp_also_bought_statistics'))`)
}

/** Adds `delta` to the counts of these products (the caller adds ALL_ORDERS) under fresh ids. */
async function addToProducts(manager: Manager, rows: { id: string; productId: string }[], delta: 1 | -1) {
  await manager.execute(
    `INSERT INTO tp_ab_product (id, product_id, orders, created_at, updated_at)
     VALUES ${rows.map(() => "(?, ?, ?, now(), now())").join(", ")}
     ON CONFLICT (product_id) WHERE deleted_at IS NULL
     DO UPDATE SET orders = tp_ab_product.orders + EXCLUDED.orders, updated_at = now()`,
    rows.flatMap((row) => [row.id, row.productId, delta])
  )
}

/** Adds `delta` to the counts of these pairs (a < b), a chunk per statement. */
async function addToPairs(manager: Manager, rows: { id: string; a: string; b: string }[], delta: 1 | -1) {
  for (let start = 0; start < rows.length; start += PAIR_CHUNK) {
    const chunk = rows.slice(start, start + PAIR_CHUNK)
    await manager.execute(
      `INSERT INTO tp_ab_pair (id, product_a, product_b, orders, created_at, updated_at)
       VALUES ${chunk.map(() => "(?, ?, ?, ?, now(), now())").join(", ")}
       ON CONFLICT (product_a, product_b) WHERE deleted_at IS NULL
       DO UPDATE SET orders = tp_ab_pair.orders + EXCLUDED.orders, updated_at = now()`,
      chunk.flatMap((row) => [row.id, row.a, row.b, delta])
    )
  }
}

/**
 * Recomputes every product and pair count from the stored baskets, in SQL (the caller holds the exclusive
 * lock and the transaction).
 */
async function recount(manager: Manager): Promise<StatisticsSize> {
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

/** Every pair of the product held by at least `minOrders` orders, with the companion's own count. */
async function pairsOfProduct(manager: Manager, productId: string, minOrders: number): Promise<PairWithCompanion[]> {
  return manager.execute<PairWithCompanion[]>(
    `SELECT p.companion, p.orders AS both, c.orders AS companion_orders FROM (
       SELECT product_b AS companion, orders FROM tp_ab_pair WHERE product_a = ? AND orders >= ? AND deleted_at IS NULL
       UNION ALL
       SELECT product_a AS companion, orders FROM tp_ab_pair WHERE product_b = ? AND orders >= ? AND deleted_at IS NULL
     ) p JOIN tp_ab_product c ON c.product_id = p.companion AND c.deleted_at IS NULL`,
    [productId, minOrders, productId, minOrders]
  )
}

/** The counted orders of these products (ALL_ORDERS for all orders), by product id; absent ones count 0. */
async function ordersOf(manager: Manager, productIds: string[]): Promise<Map<string, number>> {
  const rows = await manager.execute<{ product_id: string; orders: number }[]>(
    `SELECT product_id, orders FROM tp_ab_product WHERE product_id IN (${marks(productIds)}) AND deleted_at IS NULL`,
    productIds
  )
  return new Map(rows.map((row) => [row.product_id, row.orders]))
}

/** The products counted in most orders, optionally only some (ties by id). */
async function mostOrdered(
  manager: Manager,
  input: { productIds?: string[]; limit: number }
): Promise<{ product_id: string; orders: number }[]> {
  const filter = input.productIds ? `AND product_id IN (${marks(input.productIds)})` : ""
  return manager.execute(
    `SELECT product_id, orders FROM tp_ab_product WHERE product_id <> ? AND orders > 0 AND deleted_at IS NULL ${filter}
     ORDER BY orders DESC, product_id LIMIT ?`,
    [ALL_ORDERS, ...(input.productIds ?? []), input.limit]
  )
}

export const coPurchaseCounts = { lock, addToProducts, addToPairs, recount, pairsOfProduct, ordersOf, mostOrdered }
