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
import { Bundle } from "./models/bundle"
import { CountedOrder } from "./models/counted-order"
import { Curation } from "./models/curation"
import { PairCount } from "./models/pair-count"
import { ProductCount } from "./models/product-count"
import { type AlsoBoughtOptions, parseAlsoBoughtOptions } from "./options"
import { type BundleRow, bundlePromotions } from "./repositories/bundle-promotions"
import { ALL_ORDERS, coPurchaseCounts, type StatisticsSize } from "./repositories/co-purchase-counts"
import { type CurationAction, type CurationRow, companionCurations } from "./repositories/companion-curations"
import { type Basket, countedOrders } from "./repositories/counted-orders"

export type { BundleRow } from "./repositories/bundle-promotions"
export type { StatisticsSize } from "./repositories/co-purchase-counts"
export type { CurationAction, CurationRow } from "./repositories/companion-curations"
export type { Basket } from "./repositories/counted-orders"

type Manager = SqlEntityManager

/** Baskets held in memory at once while an import streams in. */
const IMPORT_CHUNK = 5000

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
 * the order, so a redelivered event counts nothing twice and two workers cannot race an order in twice. The SQL
 * lives in repositories/; this class keeps the rules.
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
    await coPurchaseCounts.lock(manager, "shared")
    const id = generateEntityId(undefined, "tpabo")
    if (!(await countedOrders.insertOne(manager, { id, orderId: input.orderId, productIds: products }))) return false
    await this.addToCounts(manager, products, 1)
    return true
  }

  /** Takes a counted order off again (cancellation); answers the products it had counted for, or null. */
  @InjectTransactionManager()
  async uncountOrder(orderId: string, @MedusaContext() sharedContext: Context = {}): Promise<string[] | null> {
    const manager = sharedContext.transactionManager as Manager
    await coPurchaseCounts.lock(manager, "shared")
    const removed = await countedOrders.deleteOne(manager, orderId)
    if (!removed) return null
    await this.addToCounts(manager, removed, -1)
    return removed
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
    const rows = await coPurchaseCounts.pairsOfProduct(manager, productId, minOrders)
    if (!rows.length) return []
    const counts = await coPurchaseCounts.ordersOf(manager, [productId, ALL_ORDERS])
    const antecedent = counts.get(productId) ?? 0
    const total = counts.get(ALL_ORDERS) ?? 0
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
    const counts = await coPurchaseCounts.ordersOf(sharedContext.manager as Manager, [productId, ALL_ORDERS])
    return { product_orders: counts.get(productId) ?? 0, total_orders: counts.get(ALL_ORDERS) ?? 0 }
  }

  /** The products counted in most orders (best sellers), optionally only some. */
  @InjectManager()
  async bestSellers(
    input: { productIds?: string[]; limit: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ product_id: string; orders: number }[]> {
    if (input.productIds && !input.productIds.length) return []
    return coPurchaseCounts.mostOrdered(sharedContext.manager as Manager, input)
  }

  /**
   * Replaces the store orders' baskets with these (full rebuild) and recounts everything in one transaction;
   * imported baskets stay. `baskets` may be read while they are stored (a whole history is never in memory);
   * incremental counts wait for the whole replacement (they take the same lock, shared).
   */
  @InjectTransactionManager()
  async replaceOrderBaskets(
    baskets: Iterable<Basket> | AsyncIterable<Basket>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<StatisticsSize> {
    const manager = sharedContext.transactionManager as Manager
    await coPurchaseCounts.lock(manager, "exclusive")
    await countedOrders.deleteStoreOrders(manager)
    await insertInChunks(manager, baskets, { source: "order", importRun: null })
    return coPurchaseCounts.recount(manager)
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
    await coPurchaseCounts.lock(manager, "exclusive")
    const origin = { source: "import" as const, importRun: input.importRun }
    const { offered, inserted: imported } = await insertInChunks(manager, input.baskets, origin)
    const size = await coPurchaseCounts.recount(manager)
    return { ...size, imported, duplicates: offered - imported }
  }

  /** Takes off everything one import run added (compensation of a failed import). */
  @InjectTransactionManager()
  async removeImportRun(importRun: string, @MedusaContext() sharedContext: Context = {}): Promise<StatisticsSize> {
    const manager = sharedContext.transactionManager as Manager
    await coPurchaseCounts.lock(manager, "exclusive")
    await countedOrders.deleteImportRun(manager, importRun)
    return coPurchaseCounts.recount(manager)
  }

  /** The merchant's pins (in position order) and blocks for a product's companions. */
  @InjectManager()
  async curationsFor(productId: string, @MedusaContext() sharedContext: Context = {}): Promise<CurationRow[]> {
    return companionCurations.ofProduct(sharedContext.manager as Manager, productId)
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
    await companionCurations.lock(manager, input.productId)
    await companionCurations.deleteOne(manager, input.productId, input.companionId)
    let position = 0
    if (input.action === "pin") {
      const next = await companionCurations.nextPinPosition(manager, input.productId)
      position = Math.min(input.position ?? next, next)
      await companionCurations.shiftPinsFrom(manager, input.productId, position)
    }
    return companionCurations.insert(manager, {
      id: generateEntityId(undefined, "tpabc"),
      product_id: input.productId,
      companion_id: input.companionId,
      action: input.action,
      position,
    })
  }

  /** Removes the decision about a companion; answers it (null when there was none). */
  @InjectTransactionManager()
  async uncurate(
    input: { productId: string; companionId: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CurationRow | null> {
    const manager = sharedContext.transactionManager as Manager
    await companionCurations.lock(manager, input.productId)
    return companionCurations.deleteOne(manager, input.productId, input.companionId)
  }

  /** Puts back a product's pins and blocks exactly as they were (compensation). */
  @InjectTransactionManager()
  async putBackCurations(
    input: { productId: string; rows: CurationRow[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager as Manager
    await companionCurations.lock(manager, input.productId)
    await companionCurations.deleteOfProduct(manager, input.productId)
    for (const row of input.rows) {
      await companionCurations.insert(manager, { ...row, id: generateEntityId(undefined, "tpabc") })
    }
  }

  /** The promotion record of a bundle (its sorted product ids), or null. */
  @InjectManager()
  async bundleByKey(bundleKey: string, @MedusaContext() sharedContext: Context = {}): Promise<BundleRow | null> {
    return bundlePromotions.byKey(sharedContext.manager as Manager, bundleKey)
  }

  /** Records (or replaces) the promotion of a bundle; answers the record it replaced, for compensation. */
  @InjectTransactionManager()
  async saveBundle(
    input: Omit<BundleRow, "id">,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<BundleRow | null> {
    const manager = sharedContext.transactionManager as Manager
    const previous = await bundlePromotions.deleteByKey(manager, input.bundle_key)
    await bundlePromotions.insert(manager, {
      ...input,
      id: previous?.id ?? generateEntityId(undefined, "tpabb"),
    })
    return previous
  }

  /** Puts a bundle record back as it was, or removes it (compensation). */
  @InjectTransactionManager()
  async putBackBundle(
    input: { bundleKey: string; row: BundleRow | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await bundlePromotions.deleteByKey(sharedContext.transactionManager as Manager, input.bundleKey)
    if (input.row) await this.saveBundle(input.row, sharedContext)
  }

  /** Adds `delta` to the order count of every product, of all orders and of every pair of the basket. */
  protected async addToCounts(manager: Manager, products: string[], delta: 1 | -1): Promise<void> {
    const counted = [...products, ALL_ORDERS].map((productId) => ({
      id: generateEntityId(undefined, "tpabp"),
      productId,
    }))
    await coPurchaseCounts.addToProducts(manager, counted, delta)
    const pairs = pairsOf(products).map(([a, b]) => ({ id: generateEntityId(undefined, "tpabq"), a, b }))
    await coPurchaseCounts.addToPairs(manager, pairs, delta)
  }
}

/** Stores baskets as they come, `IMPORT_CHUNK` at a time (a whole history is never held in memory). */
async function insertInChunks(
  manager: Manager,
  baskets: Iterable<Basket> | AsyncIterable<Basket>,
  origin: Parameters<typeof countedOrders.insertMany>[2]
): Promise<{ offered: number; inserted: number }> {
  let offered = 0
  let inserted = 0
  let chunk: Basket[] = []
  for await (const basket of baskets) {
    chunk.push(basket)
    if (chunk.length < IMPORT_CHUNK) continue
    offered += chunk.length
    inserted += await countedOrders.insertMany(manager, chunk, origin)
    chunk = []
  }
  offered += chunk.length
  inserted += await countedOrders.insertMany(manager, chunk, origin)
  return { offered, inserted }
}
