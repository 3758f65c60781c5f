import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { existingProductIds, type MedusaDb } from "../medusa-tables"
import { BUYABLE_MODULE, type SnapshotContext, type SnapshotEntry } from "../modules/buyable"
import type BuyableModuleService from "../modules/buyable/service"
import { type BuyableProduct, buyableProducts } from "./buyable-products"
import { cacheBus } from "./cache-bus"

/** Signalled on the cache bus after the snapshot changed: answer caches that show buyable products flush on it. */
export const BUYABLE_CHANGED = "touchpoints:buyable"

type Scope = Pick<MedusaContainer, "resolve">
export type BuyableContext = { region_id?: string | null; sales_channel_id?: string | null }

/** Which of these products a shopper in the context can buy, by id. */
export type BuyableCheck = (
  productIds: readonly string[],
  context: BuyableContext
) => Promise<Map<string, BuyableProduct>>

/** Medusa's answer right now: for writes, where a shopper's cart is at stake. */
export const liveBuyableCheck =
  (query: Parameters<typeof buyableProducts>[0]): BuyableCheck =>
  (productIds, context) =>
    buyableProducts(query, [...productIds], context)

/** The snapshot's answer (`buyableNow`): for the reads of product pages and carts. */
export const snapshotBuyableCheck =
  (scope: Scope): BuyableCheck =>
  (productIds, context) =>
    buyableNow(scope, productIds, context)

const keyOf = (context: BuyableContext): SnapshotContext => ({
  region_key: context.region_id ?? "",
  sales_channel_key: context.sales_channel_id ?? "",
})
const contextOf = (key: SnapshotContext): BuyableContext => ({
  region_id: key.region_key || null,
  sales_channel_id: key.sales_channel_key || null,
})
const entriesOf = (ids: readonly string[], live: Map<string, BuyableProduct>): SnapshotEntry[] =>
  ids.map((id) => ({ product_id: id, buyable: live.has(id), product: live.get(id) ?? null }))

/**
 * `buyableProducts` answered from core's snapshot: one indexed read for any number of products; the products
 * it does not know yet are checked by Medusa's pricing and inventory and kept for the next shopper. The
 * snapshot follows product, variant, price, stock and order events (`refreshBuyable`) within seconds, and a
 * periodic full refresh (`refreshBuyableSnapshot`) bounds what no event announces (a price list's schedule).
 */
export async function buyableNow(
  scope: Scope,
  productIds: readonly string[],
  context: BuyableContext
): Promise<Map<string, BuyableProduct>> {
  const ids = [...new Set(productIds)]
  if (!ids.length) return new Map()
  const snapshot = scope.resolve<BuyableModuleService>(BUYABLE_MODULE)
  const key = keyOf(context)
  const { read_at, entries } = await snapshot.readSnapshot(ids, key)
  const found = new Map<string, BuyableProduct>()
  const known = new Set<string>()
  for (const entry of entries) {
    known.add(entry.product_id)
    if (entry.buyable && entry.product) found.set(entry.product_id, entry.product as BuyableProduct)
  }
  const unknown = ids.filter((id) => !known.has(id))
  if (!unknown.length) return found
  const live = await buyableProducts(scope.resolve(ContainerRegistrationKeys.QUERY), unknown, context)
  // ids come from requests: only real products get a row, so made-up ids cannot fill the table
  const real = await existingProductIds(scope.resolve<MedusaDb>(ContainerRegistrationKeys.PG_CONNECTION), unknown)
  await snapshot.keepSnapshot(
    entriesOf(
      unknown.filter((id) => real.has(id)),
      live
    ),
    key,
    read_at
  )
  for (const [id, product] of live) found.set(id, product)
  return found
}

/**
 * Checks these products again in every context the snapshot has (after an event said they changed), then
 * signals BUYABLE_CHANGED so answer caches drop what they built from the older entries.
 */
export async function refreshBuyable(scope: Scope, productIds: readonly string[]): Promise<void> {
  const ids = [...new Set(productIds)]
  if (!ids.length) return
  const snapshot = scope.resolve<BuyableModuleService>(BUYABLE_MODULE)
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const checkedFrom = await snapshot.markChanged(ids)
  for (const key of await snapshot.snapshotContexts()) {
    const live = await buyableProducts(query, ids, contextOf(key))
    await snapshot.keepSnapshot(entriesOf(ids, live), key, checkedFrom)
  }
  cacheBus.signal(BUYABLE_CHANGED)
}

/** Products checked per query in a full refresh. */
const REFRESH_PAGE = 250

/**
 * Checks every product again in every context: the regions times the sales channels of the store, and any other
 * context shoppers asked in. Entries of products that are gone are dropped. Pages through the catalogue by id.
 */
export async function refreshBuyableSnapshot(
  scope: Scope,
  pageOfProductIds: (afterId: string | null, limit: number) => Promise<string[]>
): Promise<{ contexts: number; products: number; dropped: number }> {
  const snapshot = scope.resolve<BuyableModuleService>(BUYABLE_MODULE)
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const keys = await refreshContexts(scope, snapshot)
  let products = 0
  let dropped = 0
  for (const key of keys) {
    const startedAt = await snapshot.markChanged([])
    let afterId: string | null = null
    for (;;) {
      const ids = await pageOfProductIds(afterId, REFRESH_PAGE)
      if (!ids.length) break
      const checkedFrom = await snapshot.markChanged([])
      const live = await buyableProducts(query, ids, contextOf(key))
      await snapshot.keepSnapshot(entriesOf(ids, live), key, checkedFrom)
      products += ids.length
      afterId = ids[ids.length - 1]
      if (ids.length < REFRESH_PAGE) break
    }
    dropped += await snapshot.dropUnchecked(key, startedAt)
  }
  cacheBus.signal(BUYABLE_CHANGED)
  return { contexts: keys.length, products, dropped }
}

async function refreshContexts(scope: Scope, snapshot: BuyableModuleService): Promise<SnapshotContext[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: regions }, { data: channels }] = await Promise.all([
    query.graph({ entity: "region", fields: ["id"] }),
    query.graph({ entity: "sales_channel", fields: ["id"] }),
  ])
  const keys = new Map<string, SnapshotContext>()
  const add = (key: SnapshotContext) => keys.set(`${key.region_key}|${key.sales_channel_key}`, key)
  for (const region of regions as { id: string }[]) {
    for (const channel of channels as { id: string }[]) add({ region_key: region.id, sales_channel_key: channel.id })
  }
  for (const key of await snapshot.snapshotContexts()) add(key)
  return [...keys.values()]
}
