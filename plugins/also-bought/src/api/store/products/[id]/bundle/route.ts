import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { salesChannelOf, snapshotBuyableCheck } from "@touchpoints/core/lib"
import { bundleOffer } from "../../../../../lib/bundle-offer"
import { cachedAnswer } from "../../../../../lib/companion-cache"
import { ALSO_BOUGHT_MODULE } from "../../../../../modules/also-bought"
import type AlsoBoughtModuleService from "../../../../../modules/also-bought/service"
import type { GetBundleType } from "../../validators"

/**
 * The product with its best companions as a discounted bundle, priced in the region: items, subtotal,
 * discount and total. A 404 when the product has no bundle (unknown, not buyable, no companion).
 */
export async function GET(req: MedusaRequest<unknown, GetBundleType>, res: MedusaResponse) {
  const { region_id } = req.validatedQuery
  const salesChannelId = salesChannelOf(req)
  const statistics = req.scope.resolve<AlsoBoughtModuleService>(ALSO_BOUGHT_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const bundle = await cachedAnswer(`bundle|${req.params.id}|${region_id}|${salesChannelId ?? ""}`, () =>
    bundleOffer(
      query,
      statistics,
      { product_id: req.params.id, region_id, sales_channel_id: salesChannelId },
      snapshotBuyableCheck(req.scope)
    )
  )
  res.json({ bundle })
}
