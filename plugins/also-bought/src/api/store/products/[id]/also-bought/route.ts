import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { assertProductExists, salesChannelOf, snapshotBuyableCheck } from "@touchpoints/core/lib"
import { cachedAnswer } from "../../../../../lib/companion-cache"
import { scoringSummary } from "../../../../../lib/scoring-summary"
import { selectCompanions } from "../../../../../lib/select-companions"
import { ALSO_BOUGHT_MODULE } from "../../../../../modules/also-bought"
import type AlsoBoughtModuleService from "../../../../../modules/also-bought/service"
import type { GetAlsoBoughtType } from "../../validators"

/**
 * Products bought together with this one, best first, only those the shopper can buy: the merchant's pins,
 * then the statistics; same-category best sellers fill the block (`source: "fallback"`), so it is never empty.
 */
export async function GET(req: MedusaRequest<unknown, GetAlsoBoughtType>, res: MedusaResponse) {
  const { limit, region_id } = req.validatedQuery
  const productId = req.params.id
  const salesChannelId = salesChannelOf(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const statistics = req.scope.resolve<AlsoBoughtModuleService>(ALSO_BOUGHT_MODULE)
  const companions = await cachedAnswer(
    `product|${productId}|${region_id ?? ""}|${salesChannelId ?? ""}|${limit}`,
    async () => {
      const check = snapshotBuyableCheck(req.scope)
      const context = { region_id, sales_channel_id: salesChannelId }
      // a product in the snapshot exists; only an unknown one costs the lookup that answers 404
      if (!(await check([productId], context)).has(productId)) await assertProductExists(query, productId)
      return selectCompanions(query, statistics, { anchors: [productId], limit, ...context }, check)
    }
  )
  res.json({ product_id: productId, companions, scoring: scoringSummary(statistics.settings) })
}
