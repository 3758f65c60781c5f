import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { buyableProducts } from "../../../../../lib/buyable-products"
import { sameCategoryProducts } from "../../../../../lib/same-category-products"
import { ALSO_BOUGHT_MODULE } from "../../../../../modules/also-bought"
import type AlsoBoughtModuleService from "../../../../../modules/also-bought/service"
import type { GetAlsoBoughtType } from "../../validators"

type Companion = {
  product_id: string
  score: number
  support_count: number
  confidence: number | null
  lift: number | null
  source: "rules" | "fallback"
}

function salesChannelOf(req: MedusaRequest): string | null {
  const context = (req as MedusaRequest & { publishable_key_context?: { sales_channel_ids?: string[] } })
    .publishable_key_context
  return context?.sales_channel_ids?.[0] ?? null
}

/**
 * Products bought together with this one, best first, only those the shopper can buy. When the rules are
 * thin, same-category best sellers fill the block (`source: "fallback"`), so it is never empty.
 */
export async function GET(req: MedusaRequest<unknown, GetAlsoBoughtType>, res: MedusaResponse) {
  const { limit, region_id } = req.validatedQuery
  const productId = req.params.id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const statistics = req.scope.resolve<AlsoBoughtModuleService>(ALSO_BOUGHT_MODULE)
  const neighbours = await sameCategoryProducts(query, productId)
  if (neighbours === null) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${productId} was not found`)

  // a bounded set of candidates, so a big category or a popular product costs the same as a small one
  const candidates = limit * 4
  const rules = (await statistics.rulesFor(productId)).slice(0, candidates)
  const bestSellers = await statistics.bestSellers({ productIds: neighbours, limit: candidates })
  const fallback = [...new Set([...bestSellers.map((row) => row.product_id), ...neighbours.slice(0, candidates)])]
  const context = { region_id, sales_channel_id: salesChannelOf(req) }
  const buyable = await buyableProducts(query, [...rules.map((rule) => rule.product_id), ...fallback], context)

  const companions: Companion[] = rules
    .filter((rule) => buyable.has(rule.product_id))
    .slice(0, limit)
    .map((rule) => ({
      product_id: rule.product_id,
      score: rule.score,
      support_count: rule.support_count,
      confidence: rule.confidence,
      lift: rule.lift,
      source: "rules",
    }))
  const shown = new Set(companions.map((companion) => companion.product_id))
  for (const id of fallback) {
    if (companions.length >= limit) break
    if (shown.has(id) || !buyable.has(id)) continue
    shown.add(id)
    companions.push({ product_id: id, score: 0, support_count: 0, confidence: null, lift: null, source: "fallback" })
  }
  const { method, priorOrders } = statistics.settings.scoring
  res.json({
    product_id: productId,
    companions,
    scoring: {
      method,
      formula: rules[0]?.score_formula ?? null,
      prior_orders: priorOrders,
      min_orders: statistics.settings.minOrders,
    },
  })
}
