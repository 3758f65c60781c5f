import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { buyableProducts } from "@touchpoints/core/lib"
import { NEXT_STEPS_MODULE } from ".."
import type NextStepsModuleService from "../service"
import { nextStepsFor } from "./link-groups"
import { productsFacets } from "./product-facets"

/** Product pages computed at once. */
const AUDIT_CONCURRENCY = 4

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
 * Every published product (a page at a time) whose page would show fewer links than configured in any group,
 * as a new visitor would see it, with the reason.
 */
export async function auditDeadEnds(scope: MedusaContainer, request: AuditRequest) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const service = scope.resolve<NextStepsModuleService>(NEXT_STEPS_MODULE)
  const settings = await service.groupSettings()
  const context = { region_id: request.region_id, sales_channel_id: request.sales_channel_id }
  const { data: published, metadata } = await query.graph({
    entity: "product",
    fields: ["id"],
    filters: { status: "published" },
    pagination: { skip: request.offset, take: request.limit, order: { created_at: "ASC" } },
  })
  const allPublished = await query.graph({ entity: "product", fields: ["id"], filters: { status: "published" } })
  const buyable = await buyableProducts(
    query,
    (allPublished.data as { id: string }[]).map((product) => product.id),
    context
  )
  const pageIds = (published as { id: string }[]).map((product) => product.id)
  const products = pageIds.length ? await productsFacets(query, { id: pageIds }) : []
  const deadEnds: DeadEnd[] = []
  // A few pages at a time: each is a handful of small queries, and the buyable products are known already.
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
    links_wanted: linksWanted(settings),
    checked: products.length,
    count: metadata?.count ?? products.length,
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
