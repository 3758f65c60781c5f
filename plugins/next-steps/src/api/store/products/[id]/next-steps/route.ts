import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { salesChannelOf } from "@touchpoints/core/lib/sales-channel"
import { nextStepsFor } from "../../../../../lib/next-steps"
import { productFacets } from "../../../../../lib/product-facets"
import { visitorTaste } from "../../../../../lib/visitor-taste"
import { NEXT_STEPS_MODULE } from "../../../../../modules/next-steps"
import type NextStepsModuleService from "../../../../../modules/next-steps/service"
import type { GetNextStepsType } from "../../../validators"

/**
 * Three groups of links for a product page (similar, the brand's popular products, for you), whatever the
 * product's state: in stock, sold out, discontinued or unpublished. Unknown id: 404.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetNextStepsType>, res: MedusaResponse) {
  const { settings } = req.scope.resolve<NextStepsModuleService>(NEXT_STEPS_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const product = await productFacets(query, { id: req.params.id })
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.id} was not found`)
  const answer = await nextStepsFor(req.scope, query, settings, {
    product,
    limit: req.validatedQuery.limit ?? settings.limit,
    region_id: req.validatedQuery.region_id,
    sales_channel_id: salesChannelOf(req),
    taste: await visitorTaste(req),
  })
  res.json({ product_id: product.id, ...answer })
}
