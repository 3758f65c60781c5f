import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { salesChannelOf } from "@touchpoints/core/lib/sales-channel"
import { NEXT_STEPS_MODULE } from "../modules/next-steps"
import type NextStepsModuleService from "../modules/next-steps/service"
import type { Candidate } from "./candidates"
import { nextStepsFor } from "./next-steps"
import type { ProductFacets } from "./product-facets"
import { visitorTaste } from "./visitor-taste"

/** The three groups for a product page as a store route answers them (owner settings, pins, visitor taste). */
export async function pageAnswer(
  req: AuthenticatedMedusaRequest<unknown, { limit?: number; region_id?: string }>,
  product: ProductFacets,
  similar?: Candidate[]
) {
  const service = req.scope.resolve<NextStepsModuleService>(NEXT_STEPS_MODULE)
  const [groups, curations, taste] = await Promise.all([
    service.groupSettings(),
    product.id ? service.curationsFor(product.id) : service.curationsFor("*"),
    visitorTaste(req),
  ])
  return nextStepsFor(req.scope, req.scope.resolve(ContainerRegistrationKeys.QUERY), {
    product,
    limit: req.validatedQuery.limit,
    region_id: req.validatedQuery.region_id,
    sales_channel_id: salesChannelOf(req),
    taste,
    groups,
    brandlessTitle: service.settings.titles.brandless,
    curations,
    similar,
  })
}
