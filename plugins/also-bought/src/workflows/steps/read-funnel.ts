import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  type MedusaDb,
  placedOrdersWithAdjustmentCode,
  revenueOfLinesWithAdjustmentCode,
} from "@touchpoints/core/medusa-tables"
import { VISITOR_MODULE, type VisitorModuleService } from "@touchpoints/core/modules/visitor"
import { BUNDLE_CODE_PREFIX } from "../../lib/bundle-code"

export const readFunnelStepId = "touchpoints-also-bought-read-funnel-step"

/** The widgets' placements whose impressions and clicks count for "others also bought" and bundles. */
const PLACEMENTS = ["also_bought", "cart_also_bought", "bundle"] as const

const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null)

export type FunnelPeriod = { from: Date; to: Date }

/**
 * What "others also bought" and bundles did in [from, to): impressions and clicks per placement (core's visitor
 * events, kept for their retention period), orders placed, orders with a bundle discount (the attach rate) and
 * the revenue of the bundled lines after their discount, per currency. Canceled orders do not count. A read:
 * nothing to compensate.
 */
export const readFunnelStep = createStep(readFunnelStepId, async (period: FunnelPeriod, { container }) => {
  const db = container.resolve<MedusaDb>(ContainerRegistrationKeys.PG_CONNECTION)
  const visitors = container.resolve<VisitorModuleService>(VISITOR_MODULE)
  const from = new Date(period.from)
  const to = new Date(period.to)
  const bundles = { from, to, codePrefix: BUNDLE_CODE_PREFIX }
  const [events, orders, revenue] = await Promise.all([
    visitors.recommendationCounts({ placements: PLACEMENTS, from, to }),
    placedOrdersWithAdjustmentCode(db, bundles),
    revenueOfLinesWithAdjustmentCode(db, bundles),
  ])
  const recommendations = Object.fromEntries(
    events.map(({ placement, impressions, clicks }) => [
      placement,
      { impressions, clicks, click_rate: rate(clicks, impressions) },
    ])
  )
  return new StepResponse({
    from: from.toISOString(),
    to: to.toISOString(),
    recommendations,
    orders: orders.orders,
    bundle_orders: orders.with_code,
    bundle_attach_rate: rate(orders.with_code, orders.orders),
    bundle_revenue: revenue,
  })
})
