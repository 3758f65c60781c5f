import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { salesChannelOf } from "@touchpoints/core/lib"
import { NEXT_STEPS_MODULE } from "../modules/next-steps"
import type { Candidate } from "../modules/next-steps/lib/candidates"
import type { VisitorTaste } from "../modules/next-steps/lib/for-you-candidates"
import { cachedGroups } from "../modules/next-steps/lib/group-cache"
import { nextStepsFor } from "../modules/next-steps/lib/link-groups"
import type { ProductFacets } from "../modules/next-steps/lib/product-facets"
import type NextStepsModuleService from "../modules/next-steps/service"
import { visitorTaste } from "./visitor-taste"

type PageRequest = AuthenticatedMedusaRequest<unknown, { limit?: number; region_id?: string }>

/**
 * A page's whole answer: for a shopper the plugin knows nothing about (no profile, no wishlist) it is the same
 * for everyone, so it is served from the cache; otherwise "for you" is computed for them (the other groups
 * still come from the cache).
 */
export async function cachedPage<T>(
  req: PageRequest,
  key: string,
  build: (taste: VisitorTaste | null) => Promise<T>
): Promise<T> {
  const taste = await visitorTaste(req)
  if (taste) return build(taste)
  const { limit, region_id } = req.validatedQuery
  return cachedGroups(`page|${key}|${region_id ?? ""}|${salesChannelOf(req) ?? ""}|${limit ?? ""}`, () => build(null))
}

/** Where a page's groups are built for: links per group (the owner's sizes when left out), region, sales channel. */
export type PageContext = { limit?: number; region_id?: string | null; sales_channel_id?: string | null }

/** The three groups for a product page (owner settings, pins, the shopper's taste) in a region and channel. */
export async function pageAnswerIn(
  scope: MedusaContainer,
  context: PageContext,
  product: ProductFacets,
  taste: VisitorTaste | null,
  similar?: Candidate[]
) {
  const service = scope.resolve<NextStepsModuleService>(NEXT_STEPS_MODULE)
  const [groups, curations] = await Promise.all([
    service.groupSettings(),
    product.id ? service.curationsFor(product.id) : service.curationsFor("*"),
  ])
  return nextStepsFor(scope, scope.resolve(ContainerRegistrationKeys.QUERY), {
    product,
    limit: context.limit,
    region_id: context.region_id,
    sales_channel_id: context.sales_channel_id,
    taste,
    groups,
    brandlessTitle: service.settings.titles.brandless,
    curations,
    similar,
  })
}

/** The three groups for a product page as a store route answers them (the key's sales channel, the query). */
export async function pageAnswer(
  req: PageRequest,
  product: ProductFacets,
  taste: VisitorTaste | null,
  similar?: Candidate[]
) {
  const { limit, region_id } = req.validatedQuery
  return pageAnswerIn(req.scope, { limit, region_id, sales_channel_id: salesChannelOf(req) }, product, taste, similar)
}
