import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { type BuyableCheck, type BuyableProduct, liveBuyableCheck } from "@touchpoints/core/lib"
import type AlsoBoughtModuleService from "../modules/also-bought/service"
import type { Rule } from "../modules/also-bought/service"
import { sameCategoryProducts } from "./same-category-products"

type Query = Omit<RemoteQueryFunction, symbol>

export type CompanionSource = "pinned" | "rules" | "fallback"

export type Companion = {
  product_id: string
  score: number
  support_count: number
  confidence: number | null
  lift: number | null
  source: CompanionSource
  /** The product (of several, for a cart) whose rule, pin or category brought this companion; null for the
   * store's best sellers. */
  because_of: string | null
  product: BuyableProduct
}

export type CompanionRequest = {
  /** The products to find companions for (one product page, or a cart's products). */
  anchors: string[]
  /** Never shown (the anchors are always excluded). */
  exclude?: string[]
  limit: number
  region_id?: string | null
  sales_channel_id?: string | null
  /** Only statistics and pins; no same-category fill (bundles). */
  withoutFallback?: boolean
}

type Candidate = Omit<Companion, "product">

/**
 * Companions best first, only buyable ones: the merchant's pins, then the rules (for several anchors, each
 * companion's best rule), then same-category best sellers when short. Blocked companions never appear.
 * Reads a bounded number of candidates (limit x 4 per kind), so a popular product costs the same as a rare one.
 * `check` says what is buyable: Medusa's answer now by default, core's snapshot for the store's read routes.
 */
export async function selectCompanions(
  query: Query,
  statistics: AlsoBoughtModuleService,
  request: CompanionRequest,
  check: BuyableCheck = liveBuyableCheck(query)
): Promise<Companion[]> {
  const anchors = [...new Set(request.anchors)]
  const excluded = new Set([...anchors, ...(request.exclude ?? [])])
  const bound = request.limit * 4
  const pinned: Candidate[] = []
  const ruled = new Map<string, Candidate>()
  const blocked = new Set<string>()
  const perAnchor = await Promise.all(
    anchors.map(async (anchor) => ({
      anchor,
      curations: await statistics.curationsFor(anchor),
      rules: (await statistics.rulesFor(anchor)).slice(0, bound),
    }))
  )
  for (const { anchor, curations, rules } of perAnchor) {
    for (const curation of curations) {
      if (curation.action === "block") blocked.add(curation.companion_id)
      else pinned.push(pinCandidate(curation.companion_id, anchor))
    }
    for (const rule of rules) {
      const current = ruled.get(rule.product_id)
      if (!current || rule.score > current.score) ruled.set(rule.product_id, ruleCandidate(rule, anchor))
    }
  }
  const rules = [...ruled.values()].sort((a, b) => b.score - a.score || a.product_id.localeCompare(b.product_id))
  const eligible = (id: string) => !excluded.has(id) && !blocked.has(id)
  const ordered = dedupe([...pinned, ...rules].filter((candidate) => eligible(candidate.product_id)))

  const chosen = await takeBuyable(check, ordered, request, request.limit)
  if (chosen.length >= request.limit || request.withoutFallback) return chosen

  const fallback = await fallbackCandidates(query, statistics, anchors, bound)
  const shown = new Set(chosen.map((companion) => companion.product_id))
  const fill = fallback.filter((candidate) => eligible(candidate.product_id) && !shown.has(candidate.product_id))
  return [...chosen, ...(await takeBuyable(check, fill, request, request.limit - chosen.length))]
}

function pinCandidate(productId: string, anchor: string): Candidate {
  return {
    product_id: productId,
    score: 0,
    support_count: 0,
    confidence: null,
    lift: null,
    source: "pinned",
    because_of: anchor,
  }
}

function fallbackCandidate(productId: string, anchor: string | null): Candidate {
  return {
    product_id: productId,
    score: 0,
    support_count: 0,
    confidence: null,
    lift: null,
    source: "fallback",
    because_of: anchor,
  }
}

function ruleCandidate(rule: Rule, anchor: string): Candidate {
  return {
    product_id: rule.product_id,
    score: rule.score,
    support_count: rule.support_count,
    confidence: rule.confidence,
    lift: rule.lift,
    source: "rules",
    because_of: anchor,
  }
}

function dedupe(candidates: Candidate[]): Candidate[] {
  const seen = new Set<string>()
  return candidates.filter((candidate) => !seen.has(candidate.product_id) && !!seen.add(candidate.product_id))
}

/** The first `count` candidates the shopper can buy, checked in slices so a long list costs few queries. */
async function takeBuyable(
  check: BuyableCheck,
  candidates: Candidate[],
  context: CompanionRequest,
  count: number
): Promise<Companion[]> {
  const taken: Companion[] = []
  for (let start = 0; start < candidates.length && taken.length < count; start += count * 4) {
    const slice = candidates.slice(start, start + count * 4)
    const buyable = await check(
      slice.map((candidate) => candidate.product_id),
      context
    )
    for (const candidate of slice) {
      const product = buyable.get(candidate.product_id)
      if (product && taken.length < count) taken.push({ ...candidate, product })
    }
  }
  return taken
}

/** Same-category best sellers of the anchors, then the rest of those categories; best sellers without anchors. */
async function fallbackCandidates(
  query: Query,
  statistics: AlsoBoughtModuleService,
  anchors: string[],
  bound: number
): Promise<Candidate[]> {
  const candidates: Candidate[] = []
  if (!anchors.length) {
    // nothing to relate to (an empty cart): the store's best sellers
    for (const row of await statistics.bestSellers({ limit: bound }))
      candidates.push(fallbackCandidate(row.product_id, null))
  }
  const perAnchor = await Promise.all(
    anchors.map(async (anchor) => {
      const neighbours = (await sameCategoryProducts(query, anchor)) ?? []
      const bestSellers = await statistics.bestSellers({ productIds: neighbours, limit: bound })
      return { anchor, ids: [...bestSellers.map((row) => row.product_id), ...neighbours.slice(0, bound)] }
    })
  )
  for (const { anchor, ids } of perAnchor) {
    for (const id of ids) candidates.push(fallbackCandidate(id, anchor))
  }
  return dedupe(candidates)
}
