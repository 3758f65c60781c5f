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
import { readAlsoBoughtFunnel } from "./funnel-sql"
import { Bundle } from "./models/bundle"
import { CountedOrder } from "./models/counted-order"
import { Curation } from "./models/curation"
import { PairCount } from "./models/pair-count"
import { ProductCount } from "./models/product-count"
import { type AlsoBoughtOptions, parseAlsoBoughtOptions } from "./options"
import { ALL_ORDERS, type Basket, insertBaskets, recountStatistics, type StatisticsSize } from "./statistics-sql"

type Manager = SqlEntityManager

/** Baskets held in memory at once while an import streams in. */
const IMPORT_CHUNK = 5000

export type CurationAction = "pin" | "block"
export type CurationRow = {
  product_id: string
  companion_id: string
  action: CurationAction
  position: number
  created_at: Date
}

export type BundleRow = {
  id: string
  bundle_key: string
  product_ids: string[]
  discount_percent: number
  promotion_id: string
}

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
export default class AlsoBoughtModuleService extends MedusaService({
  CountedOrder,
  ProductCount,
  PairCount,
  Curation,
  Bundle,
}) {
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

  /** How many counted orders hold the product, and how many orders were counted in all. */
  @InjectManager()
  async orderCounts(
    productId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ product_orders: number; total_orders: number }> {
    const manager = sharedContext.manager as Manager
    const rows = await manager.execute<{ product_id: string; orders: number }[]>(
      "SELECT product_id, orders FROM tp_ab_product WHERE product_id IN (?, ?) AND deleted_at IS NULL",
      [productId, ALL_ORDERS]
    )
    const of = (id: string) => rows.find((row) => row.product_id === id)?.orders ?? 0
    return { product_orders: of(productId), total_orders: of(ALL_ORDERS) }
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
   * Replaces the store orders' baskets with these (full rebuild) and recounts everything in one transaction;
   * imported baskets stay. Incremental counts wait for it (they take the same lock, shared).
   */
  @InjectTransactionManager()
  async replaceOrderBaskets(baskets: Basket[], @MedusaContext() sharedContext: Context = {}): Promise<StatisticsSize> {
    const manager = sharedContext.transactionManager as Manager
    await this.lockStatistics(manager, "exclusive")
    await manager.execute("DELETE FROM tp_ab_order WHERE source = 'order'")
    await insertBaskets(manager, baskets, { source: "order", importRun: null })
    return recountStatistics(manager)
  }

  /**
   * Adds baskets imported from another platform's history (one run), a chunk at a time as they are read, and
   * recounts. A basket whose order key was imported before is skipped, so importing a file twice counts it once.
   */
  @InjectTransactionManager()
  async importBaskets(
    input: { importRun: string; baskets: Iterable<Basket> | AsyncIterable<Basket> },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<StatisticsSize & { imported: number; duplicates: number }> {
    const manager = sharedContext.transactionManager as Manager
    await this.lockStatistics(manager, "exclusive")
    const origin = { source: "import" as const, importRun: input.importRun }
    let offered = 0
    let imported = 0
    let chunk: Basket[] = []
    for await (const basket of input.baskets) {
      chunk.push(basket)
      if (chunk.length < IMPORT_CHUNK) continue
      offered += chunk.length
      imported += await insertBaskets(manager, chunk, origin)
      chunk = []
    }
    offered += chunk.length
    imported += await insertBaskets(manager, chunk, origin)
    const size = await recountStatistics(manager)
    return { ...size, imported, duplicates: offered - imported }
  }

  /** Takes off everything one import run added (compensation of a failed import). */
  @InjectTransactionManager()
  async removeImportRun(importRun: string, @MedusaContext() sharedContext: Context = {}): Promise<StatisticsSize> {
    const manager = sharedContext.transactionManager as Manager
    await this.lockStatistics(manager, "exclusive")
    await manager.execute("DELETE FROM tp_ab_order WHERE import_run = ?", [importRun])
    return recountStatistics(manager)
  }

  /** The merchant's pins (in position order) and blocks for a product's companions. */
  @InjectManager()
  async curationsFor(productId: string, @MedusaContext() sharedContext: Context = {}): Promise<CurationRow[]> {
    const manager = sharedContext.manager as Manager
    return manager.execute(
      `SELECT product_id, companion_id, action, position, created_at FROM tp_ab_curation
       WHERE product_id = ? AND deleted_at IS NULL ORDER BY action DESC, position, created_at, companion_id`,
      [productId]
    )
  }

  /**
   * Pins or blocks a companion (replacing an earlier decision about it). A pin goes to `position` (later pins
   * move down one) or after the existing pins.
   */
  @InjectTransactionManager()
  async curate(
    input: { productId: string; companionId: string; action: CurationAction; position?: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CurationRow> {
    const manager = sharedContext.transactionManager as Manager
    await this.lockCurations(manager, input.productId)
    await this.deleteCuration(manager, input.productId, input.companionId)
    let position = 0
    if (input.action === "pin") {
      const [{ next }] = await manager.execute<{ next: number }[]>(
        `SELECT coalesce(max(position) + 1, 0) AS next FROM tp_ab_curation
         WHERE product_id = ? AND action = 'pin' AND deleted_at IS NULL`,
        [input.productId]
      )
      position = Math.min(input.position ?? next, next)
      await manager.execute(
        `UPDATE tp_ab_curation SET position = position + 1, updated_at = now()
         WHERE product_id = ? AND action = 'pin' AND position >= ? AND deleted_at IS NULL`,
        [input.productId, position]
      )
    }
    const [current] = await manager.execute<CurationRow[]>(
      `INSERT INTO tp_ab_curation (id, product_id, companion_id, action, position, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, now(), now())
       RETURNING product_id, companion_id, action, position, created_at`,
      [generateEntityId(undefined, "tpabc"), input.productId, input.companionId, input.action, position]
    )
    return current
  }

  /** Removes the decision about a companion; answers it (null when there was none). */
  @InjectTransactionManager()
  async uncurate(
    input: { productId: string; companionId: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CurationRow | null> {
    const manager = sharedContext.transactionManager as Manager
    await this.lockCurations(manager, input.productId)
    return this.deleteCuration(manager, input.productId, input.companionId)
  }

  /** Puts back a product's pins and blocks exactly as they were (compensation). */
  @InjectTransactionManager()
  async putBackCurations(
    input: { productId: string; rows: CurationRow[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager as Manager
    await this.lockCurations(manager, input.productId)
    await manager.execute("DELETE FROM tp_ab_curation WHERE product_id = ? AND deleted_at IS NULL", [input.productId])
    for (const row of input.rows) {
      await manager.execute(
        `INSERT INTO tp_ab_curation (id, product_id, companion_id, action, position, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, now())`,
        [
          generateEntityId(undefined, "tpabc"),
          row.product_id,
          row.companion_id,
          row.action,
          row.position,
          row.created_at,
        ]
      )
    }
  }

  protected async lockCurations(manager: Manager, productId: string): Promise<void> {
    await manager.execute("SELECT pg_advisory_xact_lock(hashtext(?))", [`tp_ab_curation:${productId}`])
  }

  protected async deleteCuration(manager: Manager, productId: string, companionId: string) {
    const [removed] = await manager.execute<CurationRow[]>(
      `DELETE FROM tp_ab_curation WHERE product_id = ? AND companion_id = ? AND deleted_at IS NULL
       RETURNING product_id, companion_id, action, position, created_at`,
      [productId, companionId]
    )
    return removed ?? null
  }

  /** The promotion record of a bundle (its sorted product ids), or null. */
  @InjectManager()
  async bundleByKey(bundleKey: string, @MedusaContext() sharedContext: Context = {}): Promise<BundleRow | null> {
    const manager = sharedContext.manager as Manager
    const [row] = await manager.execute<BundleRow[]>(
      `SELECT id, bundle_key, product_ids, discount_percent, promotion_id FROM tp_ab_bundle
       WHERE bundle_key = ? AND deleted_at IS NULL`,
      [bundleKey]
    )
    return row ?? null
  }

  /** Records (or replaces) the promotion of a bundle; answers the record it replaced, for compensation. */
  @InjectTransactionManager()
  async saveBundle(
    input: Omit<BundleRow, "id">,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<BundleRow | null> {
    const manager = sharedContext.transactionManager as Manager
    const [previous] = await manager.execute<BundleRow[]>(
      `DELETE FROM tp_ab_bundle WHERE bundle_key = ? AND deleted_at IS NULL
       RETURNING id, bundle_key, product_ids, discount_percent, promotion_id`,
      [input.bundle_key]
    )
    await manager.execute(
      `INSERT INTO tp_ab_bundle (id, bundle_key, product_ids, discount_percent, promotion_id, created_at, updated_at)
       VALUES (?, ?, ?::jsonb, ?, ?, now(), now())`,
      [
        previous?.id ?? generateEntityId(undefined, "tpabb"),
        input.bundle_key,
        JSON.stringify(input.product_ids),
        input.discount_percent,
        input.promotion_id,
      ]
    )
    return previous ?? null
  }

  /** Puts a bundle record back as it was, or removes it (compensation). */
  @InjectTransactionManager()
  async putBackBundle(
    input: { bundleKey: string; row: BundleRow | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager as Manager
    await manager.execute("DELETE FROM tp_ab_bundle WHERE bundle_key = ? AND deleted_at IS NULL", [input.bundleKey])
    if (input.row) await this.saveBundle(input.row, sharedContext)
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

  /** Impressions, clicks, bundle attach rate and bundle revenue in a period (see funnel-sql.ts). */
  @InjectManager()
  async funnel(period: { from: Date; to: Date }, @MedusaContext() sharedContext: Context = {}) {
    return readAlsoBoughtFunnel(sharedContext.manager as SqlEntityManager, period)
  }
}
