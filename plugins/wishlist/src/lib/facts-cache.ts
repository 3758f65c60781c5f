import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { cacheBus } from "@touchpoints/core/lib"
import NodeCache from "node-cache"
import { type FactsContext, loadVariantFacts, type VariantFacts } from "./variant-facts"

/**
 * Per-instance L1 for variant facts (titles, price, stock) on the list read path. Subscribers drop entries when
 * a variant, its price or its stock changes, on every instance through core's cache bus (Redis); the short TTL
 * bounds how long an instance that missed the drop serves older facts.
 */
const cache = new NodeCache({ stdTTL: 20, checkperiod: 30, maxKeys: 20_000, useClones: false })
const BUS_NAME = "wishlist:variant-facts"
let enabled = true

/** Sets the lifetime of cached facts (plugin option `cache.factsTtlSeconds`); 0 reads fresh every time. */
export function configureFactsCache(ttlSeconds: number): void {
  enabled = ttlSeconds > 0
  cache.options.stdTTL = ttlSeconds
  cache.flushAll()
}

const keyOf = (variantId: string, context: FactsContext) =>
  `${variantId}|${context.region_id ?? ""}|${context.currency_code ?? ""}|${context.sales_channel_id ?? ""}`

export async function cachedVariantFacts(
  query: Omit<RemoteQueryFunction, symbol>,
  variantIds: string[],
  context: FactsContext
): Promise<Map<string, VariantFacts | undefined>> {
  const found = new Map<string, VariantFacts | undefined>()
  const missing: string[] = []
  for (const id of new Set(variantIds)) {
    const hit = enabled ? cache.get<VariantFacts | null>(keyOf(id, context)) : undefined
    if (hit === undefined) missing.push(id)
    else found.set(id, hit ?? undefined)
  }
  if (missing.length) {
    const loaded = await loadVariantFacts(query, missing, context)
    for (const id of missing) {
      const facts = loaded.get(id)
      found.set(id, facts)
      if (!enabled) continue
      try {
        cache.set(keyOf(id, context), facts ?? null)
      } catch {
        cache.flushAll() // maxKeys reached: start over rather than grow
      }
    }
  }
  return found
}

/** Drops cached facts of these variants (all of them without ids), here and on the other instances. */
export function forgetVariantFacts(variantIds?: string[]): void {
  dropHere(variantIds)
  cacheBus.announce(BUS_NAME, variantIds)
}

cacheBus.listen(BUS_NAME, (variantIds) => dropHere(variantIds ?? undefined))

function dropHere(variantIds?: string[]): void {
  if (!variantIds) {
    cache.flushAll()
    return
  }
  const prefixes = variantIds.map((id) => `${id}|`)
  cache.del(cache.keys().filter((key) => prefixes.some((prefix) => key.startsWith(prefix))))
}
