import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { assertProductExists } from "@touchpoints/core/lib"
import { scoringSummary } from "../../../../lib/scoring-summary"
import { ALSO_BOUGHT_MODULE } from "../../../../modules/also-bought"
import type AlsoBoughtModuleService from "../../../../modules/also-bought/service"
import type { GetAdminRulesType } from "../validators"

/**
 * Every rule product -> companion with its metrics, unfiltered (also unavailable companions and pairs below
 * the privacy minimum, flagged), best first, a page at a time; and the merchant's pins and blocks.
 */
export async function GET(req: MedusaRequest<unknown, GetAdminRulesType>, res: MedusaResponse) {
  const { min_orders, limit, offset } = req.validatedQuery
  const productId = req.params.product_id
  const statistics = req.scope.resolve<AlsoBoughtModuleService>(ALSO_BOUGHT_MODULE)
  await assertProductExists(req.scope.resolve(ContainerRegistrationKeys.QUERY), productId)
  const [rules, curations, counts] = await Promise.all([
    statistics.rulesFor(productId, { minOrders: min_orders }),
    statistics.curationsFor(productId),
    statistics.orderCounts(productId),
  ])
  const blocked = new Set(curations.filter((row) => row.action === "block").map((row) => row.companion_id))
  const pinned = new Set(curations.filter((row) => row.action === "pin").map((row) => row.companion_id))
  res.json({
    product_id: productId,
    ...counts,
    scoring: scoringSummary(statistics.settings),
    rules: rules.slice(offset, offset + limit).map(({ score_formula: _formula, ...rule }) => ({
      ...rule,
      meets_min_orders: rule.support_count >= statistics.settings.minOrders,
      pinned: pinned.has(rule.product_id),
      blocked: blocked.has(rule.product_id),
    })),
    count: rules.length,
    limit,
    offset,
    pins: curations.filter((row) => row.action === "pin").map(curationView),
    blocks: curations.filter((row) => row.action === "block").map(curationView),
  })
}

function curationView(row: { companion_id: string; position: number; created_at: Date }) {
  return { companion_id: row.companion_id, position: row.position, created_at: row.created_at }
}
