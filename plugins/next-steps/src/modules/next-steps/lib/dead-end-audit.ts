import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BUYABLE_CHANGED, type BuyableProduct, buyableNow, createAnswerCache } from "@touchpoints/core/lib"
import { NEXT_STEPS_MODULE } from ".."
import type NextStepsModuleService from "../service"
import { NEIGHBOURHOOD_CAP } from "./catalog-queries"
import { catalogueIndex } from "./catalogue-index"
import { nextStepsFor } from "./link-groups"
import { productsFacets } from "./product-facets"
import { bestSellers, byPopularity, unitsSold } from "./units-sold"

/** Product pages computed at once. */
const AUDIT_CONCURRENCY = 4
/** Products per snapshot read when the audit gathers every buyable product. */
const BUYABLE_CHUNK = 5_000

export type AuditRequest = {
  region_id?: string | null
  sales_channel_id?: string | null
  limit: number
  offset: number
}

export type DeadEnd = {
  product_id: string
  handle: string
  title: string
  groups: { key: string; links: number; wanted: number; fallback: string | null }[]
  reason: string
}

/**
 * What every page of one audit shares, per region and channel: the buyable products, and the best-seller pool
 * every group falls back on. Kept a minute (an audit's pages follow each other), dropped when the snapshot of
 * what can be bought changes. At most a few contexts: an audit is an owner's occasional read.
 */
const shared = createAnswerCache({ ttlSeconds: 60, maxKeys: 4, flushOn: [BUYABLE_CHANGED] })

async function auditContext(scope: MedusaContainer, context: Pick<AuditRequest, "region_id" | "sales_channel_id">) {
  return shared.cached(`${context.region_id ?? ""}|${context.sales_channel_id ?? ""}`, async () => {
    const index = await catalogueIndex(scope)
    const buyable = new Map<string, BuyableProduct>()
    for (let start = 0; start < index.newest.length; start += BUYABLE_CHUNK) {
      const found = await buyableNow(scope, index.newest.slice(start, start + BUYABLE_CHUNK), context)
      for (const [id, product] of found) buyable.set(id, product)
    }
    // the best-seller list every group falls back on (link-groups' `fallback`), as far as it can be bought
    const units = await unitsSold(scope)
    const fallback = [...bestSellers(units), ...byPopularity(index.newest.slice(0, NEIGHBOURHOOD_CAP), units)]
    const pool = new Set(fallback.filter((id) => buyable.has(id)))
    return { buyable, pool }
  })
}

/**
 * Every published product (a page at a time) whose page would show fewer links than configured in any group,
 * as a new visitor would see it, with the reason. Each group falls back on the store's best sellers, so a page
 * without pins or exclusions whose best-seller pool (less the product itself) holds as many buyable products as
 * the page wants links is full: only the other pages are computed link by link.
 */
export async function auditDeadEnds(scope: MedusaContainer, request: AuditRequest) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const service = scope.resolve<NextStepsModuleService>(NEXT_STEPS_MODULE)
  const settings = await service.groupSettings()
  const context = { region_id: request.region_id, sales_channel_id: request.sales_channel_id }
  // the published catalogue oldest first, from the catalogue index (a product created a moment ago may be a
  // rebuild behind)
  const index = await catalogueIndex(scope)
  const count = index.newest.length
  const end = Math.max(count - request.offset, 0)
  const pageIds = index.newest.slice(Math.max(end - request.limit, 0), end).reverse()
  const { buyable, pool } = await auditContext(scope, context)
  const curated = new Set(await service.curatedPages())
  const wanted = linksWanted(settings)
  const surelyFull = (id: string) =>
    !curated.has("*") && !curated.has(id) && pool.size - (pool.has(id) ? 1 : 0) >= wanted
  const toCompute = pageIds.filter((id) => !surelyFull(id))
  const products = toCompute.length ? await productsFacets(query, { id: toCompute }) : []
  const deadEnds: DeadEnd[] = []
  // A few pages at a time: the buyable products are known already, so each is a handful of small reads.
  for (let start = 0; start < products.length; start += AUDIT_CONCURRENCY) {
    const batch = products.slice(start, start + AUDIT_CONCURRENCY)
    const answers = await Promise.all(
      batch.map(async (product) =>
        nextStepsFor(scope, query, {
          product,
          ...context,
          taste: null,
          groups: settings,
          brandlessTitle: service.settings.titles.brandless,
          curations: await service.curationsFor(product.id),
          buyable,
        })
      )
    )
    for (const [index, answer] of answers.entries()) {
      const deadEnd = deadEndOf(batch[index], answer.groups, settings, buyable)
      if (deadEnd) deadEnds.push(deadEnd)
    }
  }
  return {
    region_id: request.region_id ?? null,
    sales_channel_id: request.sales_channel_id ?? null,
    buyable_products: buyable.size,
    links_wanted: wanted,
    checked: pageIds.length,
    /** Of those, the pages computed link by link (the others are full by their best-seller pool alone). */
    computed: products.length,
    count,
    limit: request.limit,
    offset: request.offset,
    dead_ends: deadEnds,
  }
}

type Settings = Awaited<ReturnType<NextStepsModuleService["groupSettings"]>>
type AnsweredGroup = Awaited<ReturnType<typeof nextStepsFor>>["groups"][number]

const linksWanted = (settings: Settings) => Object.values(settings.groups).reduce((sum, group) => sum + group.size, 0)

/** The page's dead end (a group with fewer links than configured) and why, or null when every group is full. */
function deadEndOf(
  product: { id: string; handle: string; title: string },
  answered: AnsweredGroup[],
  settings: Settings,
  buyable: Map<string, unknown>
): DeadEnd | null {
  const groups = answered.map((group) => ({
    key: group.key,
    links: group.items.length,
    wanted: settings.groups[group.key].size,
    fallback: group.fallback,
  }))
  if (groups.every((group) => group.links >= group.wanted)) return null
  const others = buyable.size - (buyable.has(product.id) ? 1 : 0)
  const wanted = linksWanted(settings)
  return {
    product_id: product.id,
    handle: product.handle,
    title: product.title,
    groups,
    reason:
      others < wanted
        ? `only ${others} other products can be bought in this region and sales channel; the page wants ${wanted}`
        : "the owner's exclusions leave too few products for a group",
  }
}
