import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { countedProducts, ORDER_FIELDS_FOR_COUNTING, type OrderForCounting } from "../../lib/order-products"
import { ALSO_BOUGHT_MODULE } from "../../modules/also-bought"
import type AlsoBoughtModuleService from "../../modules/also-bought/service"

export const rebuildStatisticsStepId = "touchpoints-also-bought-rebuild-statistics-step"

const PAGE = 500
/** Orders placed this long before the rebuild started are counted again afterwards (idempotent), in case
 * their `order.placed` was handled while the rebuild was reading. */
const OVERLAP_MS = 60_000

/**
 * Recomputes the statistics from every order in the store (orders placed before the plugin, bulk imports,
 * drift): reads the orders a page at a time, then replaces all counts in one transaction. Nothing to
 * compensate: the replacement is atomic, and a repeat converges.
 */
export const rebuildStatisticsStep = createStep(rebuildStatisticsStepId, async (_input: object, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const statistics = container.resolve<AlsoBoughtModuleService>(ALSO_BOUGHT_MODULE)
  const startedAt = new Date()
  const baskets: { orderId: string; productIds: string[] }[] = []
  for (let skip = 0; ; skip += PAGE) {
    const { data, metadata } = await query.graph({
      entity: "order",
      fields: ORDER_FIELDS_FOR_COUNTING,
      pagination: { skip, take: PAGE, order: { created_at: "ASC" } },
    })
    for (const order of data as unknown as OrderForCounting[]) {
      const productIds = countedProducts(order)
      if (productIds.length) baskets.push({ orderId: order.id, productIds })
    }
    if (data.length < PAGE || skip + PAGE >= (metadata?.count ?? 0)) break
  }
  const replaced = await statistics.replaceOrderBaskets(baskets)
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
