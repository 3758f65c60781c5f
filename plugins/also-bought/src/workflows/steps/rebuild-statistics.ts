import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type MedusaDb, orderBasketsAfter } from "@touchpoints/core/medusa-tables"
import { countedProducts, ORDER_FIELDS_FOR_COUNTING, type OrderForCounting } from "../../lib/order-products"
import { ALSO_BOUGHT_MODULE } from "../../modules/also-bought"
import type AlsoBoughtModuleService from "../../modules/also-bought/service"

export const rebuildStatisticsStepId = "touchpoints-also-bought-rebuild-statistics-step"

/** Orders read per query: 1,000,000 orders are 200 keyset pages. */
const PAGE = 5_000
/** Orders placed this long before the rebuild started are counted again afterwards (idempotent), in case
 * their `order.placed` was handled while the rebuild was reading. */
const OVERLAP_MS = 60_000

/** Every order's basket, read a keyset page at a time while the service stores them. */
async function* storeBaskets(db: MedusaDb) {
  for (let afterId: string | null = ""; afterId !== null; ) {
    const page = await orderBasketsAfter(db, { afterId, limit: PAGE })
    for (const basket of page.baskets) yield { orderId: basket.id, productIds: basket.product_ids }
    afterId = page.lastId
  }
}

/**
 * Recomputes the statistics from every order in the store (orders placed before the plugin, bulk imports,
 * drift): reads the baskets a keyset page at a time in SQL (core's medusa-tables: `query.graph` with an
 * offset reads 1,000,000 orders in quadratic time) and streams them into one transaction that replaces all
 * counts. Nothing to compensate: the replacement is atomic, and a repeat converges.
 */
export const rebuildStatisticsStep = createStep(rebuildStatisticsStepId, async (_input: object, { container }) => {
  const db = container.resolve<MedusaDb>(ContainerRegistrationKeys.PG_CONNECTION)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const statistics = container.resolve<AlsoBoughtModuleService>(ALSO_BOUGHT_MODULE)
  const startedAt = new Date()
  const replaced = await statistics.replaceOrderBaskets(storeBaskets(db))
  const { data: recent } = await query.graph({
    entity: "order",
    fields: ORDER_FIELDS_FOR_COUNTING,
    filters: { created_at: { $gte: new Date(startedAt.getTime() - OVERLAP_MS) } },
  })
  for (const order of recent as unknown as OrderForCounting[]) {
    await statistics.countOrder({ orderId: order.id, productIds: countedProducts(order) })
  }
  return new StepResponse(replaced)
})
