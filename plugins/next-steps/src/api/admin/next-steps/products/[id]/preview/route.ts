import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { pageAnswerIn } from "../../../../../../lib/page-answer"
import { pageStatus } from "../../../../../../lib/page-status"
import { describeReplacements } from "../../../../../../lib/replacement-list"
import { NEXT_STEPS_MODULE } from "../../../../../../modules/next-steps"
import { facetsFromMemory } from "../../../../../../modules/next-steps/lib/memory-facets"
import { productFacets } from "../../../../../../modules/next-steps/lib/product-facets"
import type NextStepsModuleService from "../../../../../../modules/next-steps/service"
import type { GetPreviewType } from "../../../validators"

/**
 * A product's page as a new visitor of the store sees it now (the store's default region and sales channel
 * unless given): its status, redirect and the three groups, built by the store routes' own code; plus the
 * owner's replacement, also while the product is live (it takes effect once the product is gone).
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetPreviewType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const memory = req.scope.resolve<NextStepsModuleService>(NEXT_STEPS_MODULE)
  const [remembered] = await memory.memoryOf([req.params.id])
  const product =
    (await productFacets(query, { id: req.params.id })) ?? (remembered ? facetsFromMemory(remembered) : null)
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.id} was not found`)
  const { data } = await query.graph({ entity: "store", fields: ["default_region_id", "default_sales_channel_id"] })
  const store = data[0] as { default_region_id?: string | null; default_sales_channel_id?: string | null } | undefined
  const context = {
    region_id: req.validatedQuery.region_id ?? store?.default_region_id ?? null,
    sales_channel_id: req.validatedQuery.sales_channel_id ?? store?.default_sales_channel_id ?? null,
  }
  const [{ status, redirect }, answer, described] = await Promise.all([
    pageStatus(req.scope, product),
    pageAnswerIn(req.scope, context, product, null),
    remembered ? describeReplacements(req.scope, [remembered]) : Promise.resolve([]),
  ])
  res.json({
    product_id: product.id,
    ...context,
    status,
    redirect,
    replacement: described[0]?.replacement ?? null,
    ...answer,
  })
}
