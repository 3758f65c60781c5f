import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import { type RuleCounts, ruleMetrics, ruleScore } from "../../lib/metrics"
import { CountedOrder } from "./models/counted-order"
import { PairCount } from "./models/pair-count"
import { ProductCount } from "./models/product-count"
import { type AlsoBoughtOptions, parseAlsoBoughtOptions } from "./options"

type Manager = SqlEntityManager

/** The product_id of the row that counts all orders. */
const ALL_ORDERS = "*"

export type Rule = {
  product_id: string
  support_count: number
  support: number
  confidence: number
  lift: number
  score: number
  score_formula: string
}

/** Unordered pairs of distinct, sorted ids. */
function pairsOf(productIds: string[]): [string, string][] {
  const sorted = [...new Set(productIds)].sort()
  const pairs: [string, string][] = []
  for (let i = 0; i < sorted.length; i += 1) {
    for (let j = i + 1; j < sorted.length; j += 1) pairs.push([sorted[i], sorted[j]])
  }
  return pairs
}

/**
 * Co-purchase statistics: per product the number of counted orders holding it, per pair the number holding
 * both, and the number of counted orders. Counting an order and taking it off are single transactions keyed on
 * the order, so a redelivered event counts nothing twice and two workers cannot race an order in twice.
 */
export default class AlsoBoughtModuleService extends MedusaService({ CountedOrder, ProductCount, PairCount }) {
  readonly settings: AlsoBoughtOptions

  constructor(container: Record<string, unknown>, options: unknown) {
    super(container)
    this.settings = parseAlsoBoughtOptions(options)
  }

  /** Counts an order (its distinct products); false when it was counted before or holds no product. */
  @InjectTransactionManager()
  async countOrder(
    input: { orderId: string; productIds: string[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const manager = sharedContext.transactionManager as Manager
    const products = [...new Set(input.productIds)].sort()
    if (!products.length) return false
    await this.lockStatistics(manager, "shared")
    const inserted = await manager.execute<{ id: string }[]>(
      `INSERT INTO tp_ab_order (id, order_id, product_ids, created_at, updated_at) VALUES (?, ?, ?::jsonb, now(), now())
       ON CONFLICT (order_id) WHERE deleted_at IS NULL DO NOTHING RETURNING id`,
      [generateEntityId(undefined, "tpabo"), input.orderId, JSON.stringify(products)]
    )
    if (!inserted.length) return false
    await this.addToCounts(manager, products, 1)
    return true
  }

  /** Takes a counted order off again (cancellation); answers the products it had counted for, or null. */
  @InjectTransactionManager()
  async uncountOrder(orderId: string, @MedusaContext() sharedContext: Context = {}): Promise<string[] | null> {
    const manager = sharedContext.transactionManager as Manager
    await this.lockStatistics(manager, "shared")
    const [removed] = await manager.execute<{ product_ids: string[] }[]>(
      "DELETE FROM tp_ab_order WHERE order_id = ? AND deleted_at IS NULL RETURNING product_ids",
      [orderId]
    )
    if (!removed) return null
    await this.addToCounts(manager, removed.product_ids, -1)
    return removed.product_ids
  }

  /**
   * Every rule product -> companion held by at least `minOrders` orders (default: the plugin option), with
   * its metrics and score, best first. Unfiltered: availability is the caller's business.
   */
  @InjectManager()
  async rulesFor(
    productId: string,
    options: { minOrders?: number } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Rule[]> {
    const manager = sharedContext.manager as Manager
    const minOrders = options.minOrders ?? this.settings.minOrders
    const rows = await manager.execute<{ companion: string; both: number; companion_orders: number }[]>(
      `SELECT p.companion, p.orders AS both, c.orders AS companion_orders FROM (
         SELECT product_b AS companion, orders FROM tp_ab_pair WHERE product_a = ? AND orders >= ? AND deleted_at IS NULL
         UNION ALL
         SELECT product_a AS companion, orders FROM tp_ab_pair WHERE product_b = ? AND orders >= ? AND deleted_at IS NULL
       ) p JOIN tp_ab_product c ON c.product_id = p.companion AND c.deleted_at IS NULL`,
      [productId, minOrders, productId, minOrders]
    )
    if (!rows.length) return []
    const counts = await manager.execute<{ product_id: string; orders: number }[]>(
      "SELECT product_id, orders FROM tp_ab_product WHERE product_id IN (?, ?) AND deleted_at IS NULL",
      [productId, ALL_ORDERS]
    )
    const antecedent = counts.find((row) => row.product_id === productId)?.orders ?? 0
    const total = counts.find((row) => row.product_id === ALL_ORDERS)?.orders ?? 0
    const { method, priorOrders } = this.settings.scoring
    return rows
      .map((row) => {
        const ruleCounts: RuleCounts = { both: row.both, antecedent, consequent: row.companion_orders, total }
        const score = ruleScore(ruleCounts, method, priorOrders)
        return {
          product_id: row.companion,
          support_count: row.both,
          ...ruleMetrics(ruleCounts),
          score: score.value,
          score_formula: score.formula,
        }
      })
      .sort(
        (a, b) => b.score - a.score || b.support_count - a.support_count || a.product_id.localeCompare(b.product_id)
      )
  }

  /** The products counted in most orders (best sellers), optionally only some. */
  @InjectManager()
  async bestSellers(
    input: { productIds?: string[]; limit: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ product_id: string; orders: number }[]> {
    const manager = sharedContext.manager as Manager
    if (input.productIds && !input.productIds.length) return []
    const filter = input.productIds ? `AND product_id IN (${input.productIds.map(() => "?").join(", ")})` : ""
    return manager.execute(
      `SELECT product_id, orders FROM tp_ab_product WHERE product_id <> ? AND orders > 0 AND deleted_at IS NULL ${filter}
       ORDER BY orders DESC, product_id LIMIT ?`,
      [ALL_ORDERS, ...(input.productIds ?? []), input.limit]
    )
  }

  /**
   * Replaces all statistics with these orders' baskets in one transaction (full rebuild). Counting is done in
   * SQL from the stored baskets; incremental counts wait for it (they take the same lock, shared).
   */
  @InjectTransactionManager()
  async replaceStatistics(
    baskets: { orderId: string; productIds: string[] }[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ orders: number; products: number; pairs: number }> {
    const manager = sharedContext.transactionManager as Manager
    await this.lockStatistics(manager, "exclusive")
    for (const table of ["tp_ab_pair", "tp_ab_product", "tp_ab_order"]) await manager.execute(`DELETE FROM ${table}`)
    for (let start = 0; start < baskets.length; start += 1000) {
      const chunk = baskets.slice(start, start + 1000)
      await manager.execute(
        `INSERT INTO tp_ab_order (id, order_id, product_ids, created_at, updated_at)
         VALUES ${chunk.map(() => "(?, ?, ?::jsonb, now(), now())").join(", ")}`,
        chunk.flatMap((basket) => [
          generateEntityId(undefined, "tpabo"),
          basket.orderId,
          JSON.stringify([...new Set(basket.productIds)].sort()),
        ])
      )
    }
    await manager.execute(
      `INSERT INTO tp_ab_product (id, product_id, orders, created_at, updated_at)
       SELECT 'tpabp_' || md5(p), p, count(*), now(), now()
       FROM tp_ab_order o, jsonb_array_elements_text(o.product_ids) AS p GROUP BY p`
    )
    await manager.execute(
      `INSERT INTO tp_ab_product (id, product_id, orders, created_at, updated_at)
       SELECT 'tpabp_all', ?, count(*), now(), now() FROM tp_ab_order`,
      [ALL_ORDERS]
    )
    await manager.execute(
      `INSERT INTO tp_ab_pair (id, product_a, product_b, orders, created_at, updated_at)
       SELECT 'tpabq_' || md5(a || '|' || b), a, b, count(*), now(), now()
       FROM tp_ab_order o, jsonb_array_elements_text(o.product_ids) AS a, jsonb_array_elements_text(o.product_ids) AS b
       WHERE a < b GROUP BY a, b`
    )
    const [counts] = await manager.execute<{ products: string; pairs: string }[]>(
      `SELECT (SELECT count(*) FROM tp_ab_product WHERE product_id <> ?) AS products,
              (SELECT count(*) FROM tp_ab_pair) AS pairs`,
      [ALL_ORDERS]
    )
    return { orders: baskets.length, products: Number(counts.products), pairs: Number(counts.pairs) }
  }

  /** Incremental counts share the lock; a full rebuild holds it alone. */
  protected async lockStatistics(manager: Manager, mode: "shared" | "exclusive"): Promise<void> {
    const fn = mode === "shared" ? "pg_advisory_xact_lock_shared" : "pg_advisory_xact_lock"
    await manager.execute(`SELECT ${fn}(hashtext('tp_also_bought_statistics'))`)
  }

  protected async addToCounts(manager: Manager, products: string[], delta: 1 | -1): Promise<void> {
    const counted = [...products, ALL_ORDERS]
    await manager.execute(
      `INSERT INTO tp_ab_product (id, product_id, orders, created_at, updated_at)
       VALUES ${counted.map(() => "(?, ?, ?, now(), now())").join(", ")}
       ON CONFLICT (product_id) WHERE deleted_at IS NULL
       DO UPDATE SET orders = tp_ab_product.orders + EXCLUDED.orders, updated_at = now()`,
      counted.flatMap((id) => [generateEntityId(undefined, "tpabp"), id, delta])
    )
    const pairs = pairsOf(products)
    for (let start = 0; start < pairs.length; start += 500) {
      const chunk = pairs.slice(start, start + 500)
      await manager.execute(
        `INSERT INTO tp_ab_pair (id, product_a, product_b, orders, created_at, updated_at)
         VALUES ${chunk.map(() => "(?, ?, ?, ?, now(), now())").join(", ")}
         ON CONFLICT (product_a, product_b) WHERE deleted_at IS NULL
         DO UPDATE SET orders = tp_ab_pair.orders + EXCLUDED.orders, updated_at = now()`,
        chunk.flatMap(([a, b]) => [generateEntityId(undefined, "tpabq"), a, b, delta])
      )
    }
  }
}
