import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"

/** The widgets' placements whose impressions and clicks count for "others also bought" and bundles. */
const PLACEMENTS = ["also_bought", "cart_also_bought", "bundle"] as const

/** Bundle promotions' codes start with this (see workflows/steps/ensure-bundle-promotion.ts). */
const BUNDLE_CODE_PATTERN = "TP-BUNDLE-%"

const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null)

/**
 * What "others also bought" and bundles did in [from, to): impressions and clicks per placement (from the
 * visitor events core keeps for its retention period), orders placed, orders with a bundle discount (the attach
 * rate) and the revenue of the bundled lines after their discount, per currency. Canceled orders do not count.
 */
export async function readAlsoBoughtFunnel(manager: SqlEntityManager, period: { from: Date; to: Date }) {
  const events = await manager.execute<{ placement: string; impressions: number; clicks: number }[]>(
    `SELECT placement,
            count(*) FILTER (WHERE type = 'recommendation_impression')::int AS impressions,
            count(*) FILTER (WHERE type = 'recommendation_click')::int AS clicks
       FROM tp_visitor_event
      WHERE deleted_at IS NULL AND placement IN (${PLACEMENTS.map(() => "?").join(", ")})
        AND occurred_at >= ? AND occurred_at < ?
      GROUP BY placement`,
    [...PLACEMENTS, period.from, period.to]
  )
  const [orders] = await manager.execute<{ orders: number; bundle_orders: number }[]>(
    `WITH placed AS (
       SELECT o.id, o.version FROM "order" o
        WHERE o.deleted_at IS NULL AND o.status <> 'canceled' AND o.created_at >= ? AND o.created_at < ?
     )
     SELECT count(*)::int AS orders,
            count(*) FILTER (WHERE EXISTS (
              SELECT 1 FROM order_item oi
                JOIN order_line_item_adjustment a ON a.item_id = oi.item_id AND a.deleted_at IS NULL
               WHERE oi.order_id = placed.id AND oi.version = placed.version AND oi.deleted_at IS NULL
                 AND a.code LIKE ?))::int AS bundle_orders
       FROM placed`,
    [period.from, period.to, BUNDLE_CODE_PATTERN]
  )
  // an order item's own unit price is set only when it changed after the order was placed: else the line's
  const revenue = await manager.execute<{ currency_code: string; amount: number }[]>(
    `SELECT o.currency_code, SUM(COALESCE(oi.unit_price, li.unit_price) * oi.quantity - bundled.discount)::float AS amount
       FROM "order" o
       JOIN order_item oi ON oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL
       JOIN order_line_item li ON li.id = oi.item_id
       JOIN (SELECT item_id, SUM(amount) AS discount FROM order_line_item_adjustment
              WHERE deleted_at IS NULL AND code LIKE ? GROUP BY item_id) bundled ON bundled.item_id = oi.item_id
      WHERE o.deleted_at IS NULL AND o.status <> 'canceled' AND o.created_at >= ? AND o.created_at < ?
      GROUP BY o.currency_code ORDER BY o.currency_code`,
    [BUNDLE_CODE_PATTERN, period.from, period.to]
  )
  const byPlacement = Object.fromEntries(
    PLACEMENTS.map((placement) => {
      const row = events.find((event) => event.placement === placement)
      const impressions = row?.impressions ?? 0
      const clicks = row?.clicks ?? 0
      return [placement, { impressions, clicks, click_rate: rate(clicks, impressions) }]
    })
  )
  return {
    from: period.from.toISOString(),
    to: period.to.toISOString(),
    recommendations: byPlacement,
    orders: orders.orders,
    bundle_orders: orders.bundle_orders,
    bundle_attach_rate: rate(orders.bundle_orders, orders.orders),
    bundle_revenue: revenue,
  }
}
