import { type MedusaDb, medusaRows } from "./medusa-db"

// Medusa's order tables: "order", order_item (an order's lines per version), order_line_item and
// order_line_item_adjustment. One function per question; each has a contract test in
// integration-tests/medusa-tables/orders-<plugin>.contract.ts.

/** A half-open period [from, to) of order creation times. */
export type OrderPeriod = { from: Date; to: Date }

/** `LIKE` pattern of codes starting with `prefix` (its own `%`, `_` and `\` taken literally). */
const startsWith = (prefix: string) => `${prefix.replace(/[\\%_]/g, (char) => `\\${char}`)}%`

/**
 * Orders created in the period that are not canceled, and how many of them hold a line adjustment whose code
 * starts with `codePrefix` (in the order's current version). Answers plain counts.
 */
export async function placedOrdersWithAdjustmentCode(
  db: MedusaDb,
  input: OrderPeriod & { codePrefix: string }
): Promise<{ orders: number; with_code: number }> {
  const [row] = await medusaRows<{ orders: number; with_code: number }>(
    db,
    `WITH placed AS (
       SELECT o.id, o.version FROM "order" o
        WHERE o.deleted_at IS NULL AND o.status <> 'canceled' AND o.created_at >= ? AND o.created_at < ?
     )
     SELECT count(*)::int AS orders,
            count(*) FILTER (WHERE EXISTS (
              SELECT 1 FROM order_item oi
                JOIN order_line_item_adjustment a ON a.item_id = oi.item_id AND a.deleted_at IS NULL
               WHERE oi.order_id = placed.id AND oi.version = placed.version AND oi.deleted_at IS NULL
                 AND a.code LIKE ?))::int AS with_code
       FROM placed`,
    [input.from, input.to, startsWith(input.codePrefix)]
  )
  return { orders: row?.orders ?? 0, with_code: row?.with_code ?? 0 }
}

/**
 * Per currency, the revenue of the lines holding an adjustment whose code starts with `codePrefix`, after those
 * adjustments (unit price times quantity, less the matching adjustments' amounts), over the orders created in
 * the period that are not canceled. Currencies without such lines are absent; ordered by currency code.
 */
export async function revenueOfLinesWithAdjustmentCode(
  db: MedusaDb,
  input: OrderPeriod & { codePrefix: string }
): Promise<{ currency_code: string; amount: number }[]> {
  // an order item's own unit price is set only when it changed after the order was placed: else the line's
  return medusaRows(
    db,
    `SELECT o.currency_code, SUM(COALESCE(oi.unit_price, li.unit_price) * oi.quantity - adjusted.discount)::float AS amount
       FROM "order" o
       JOIN order_item oi ON oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL
       JOIN order_line_item li ON li.id = oi.item_id
       JOIN (SELECT item_id, SUM(amount) AS discount FROM order_line_item_adjustment
              WHERE deleted_at IS NULL AND code LIKE ? GROUP BY item_id) adjusted ON adjusted.item_id = oi.item_id
      WHERE o.deleted_at IS NULL AND o.status <> 'canceled' AND o.created_at >= ? AND o.created_at < ?
      GROUP BY o.currency_code ORDER BY o.currency_code`,
    [startsWith(input.codePrefix), input.from, input.to]
  )
}

// ---- segment-offers: whether a cart's shopper already used a promotion ----

/**
 * Whether the shopper of a cart already placed an order with the promotion: the same customer, or the same
 * email address (a guest's orders carry Medusa's guest customer of that email). Canceled orders don't count.
 */
export async function cartShopperUsedPromotion(
  db: MedusaDb,
  input: { promotionId: string; cartId: string }
): Promise<boolean> {
  const [row] = await medusaRows<{ redeemed: boolean }>(
    db,
    `SELECT EXISTS (
       SELECT 1 FROM cart c
         JOIN order_promotion op ON op.promotion_id = ? AND op.deleted_at IS NULL
         JOIN "order" o ON o.id = op.order_id AND o.deleted_at IS NULL AND o.status <> 'canceled'
        WHERE c.id = ? AND ((c.customer_id IS NOT NULL AND o.customer_id = c.customer_id)
                         OR (c.email IS NOT NULL AND lower(o.email) = lower(c.email)))
     ) AS redeemed`,
    [input.promotionId, input.cartId]
  )
  return row?.redeemed === true
}

/** Which fulfillment moment an order "reached": its first fulfillment made, shipped or delivered. */
export type FulfillmentStage = "fulfillment" | "shipment" | "delivery"

const STAGE_COLUMN: Record<FulfillmentStage, string> = {
  fulfillment: "f.created_at",
  shipment: "f.shipped_at",
  delivery: "f.delivered_at",
}

/** An order that reached a fulfillment stage, with what a follow-up's stop rules read. */
export type OrderAtStage = {
  id: string
  display_id: number | null
  email: string
  customer_id: string | null
  locale: string | null
  /** When the order's first (not canceled) fulfillment reached the stage. */
  started_at: Date
  canceled: boolean
  /** Whether any of its payments has a refund. */
  refunded: boolean
}

/**
 * One keyset page (by order id, after `afterId`) of orders with an email, not drafts, whose first fulfillment
 * reached `stage` between `withinDays` days and `atLeastSecondsAgo` seconds ago. At most `limit` rows in id order;
 * a full page means more may follow.
 */
export async function ordersReachingStage(
  db: MedusaDb,
  input: {
    stage: FulfillmentStage
    atLeastSecondsAgo: number
    withinDays: number
    afterId: string | null
    limit: number
  }
): Promise<OrderAtStage[]> {
  const stage = STAGE_COLUMN[input.stage]
  const rows = await medusaRows<Omit<OrderAtStage, "display_id"> & { display_id: number | string | null }>(
    db,
    `WITH started AS (
       SELECT ofl.order_id, min(${stage}) AS started_at
       FROM order_fulfillment ofl
       JOIN fulfillment f ON f.id = ofl.fulfillment_id AND f.deleted_at IS NULL AND f.canceled_at IS NULL
       WHERE ofl.deleted_at IS NULL AND ofl.order_id > ? AND ${stage} IS NOT NULL
         AND ${stage} > now() - make_interval(days => ?)
       GROUP BY ofl.order_id
       HAVING min(${stage}) <= now() - make_interval(secs => ?)
     )
     SELECT o.id, o.display_id, o.email, o.customer_id, o.locale, started.started_at,
       (o.status = 'canceled' OR o.canceled_at IS NOT NULL) AS canceled,
       EXISTS (SELECT 1 FROM order_payment_collection opc
         JOIN payment p ON p.payment_collection_id = opc.payment_collection_id AND p.deleted_at IS NULL
         JOIN refund r ON r.payment_id = p.id AND r.deleted_at IS NULL
         WHERE opc.order_id = o.id AND opc.deleted_at IS NULL) AS refunded
     FROM started
     JOIN "order" o ON o.id = started.order_id AND o.deleted_at IS NULL AND o.is_draft_order = false
       AND o.email IS NOT NULL
     ORDER BY o.id LIMIT ?`,
    [input.afterId ?? "", input.withinDays, input.atLeastSecondsAgo, input.limit]
  )
  return rows.map((row) => ({ ...row, display_id: row.display_id === null ? null : Number(row.display_id) }))
}

// ---- also-bought: every order's basket, for the statistics' rebuild ----

/** An order's basket as the also-bought statistics count it: the distinct products that were kept. */
export type OrderBasket = { id: string; product_ids: string[] }

/**
 * One keyset page (by order id, after `afterId`; "" for the first) of the store's orders (not drafts, not
 * deleted): `limit` orders are read and those not canceled answer their basket, the distinct products of their
 * current version's lines that did not all come back (return received < quantity). Orders whose basket is
 * empty are left out, so `lastId` (the last order read; null when none was: the end) says where the next page
 * starts.
 */
export async function orderBasketsAfter(
  db: MedusaDb,
  input: { afterId: string; limit: number }
): Promise<{ baskets: OrderBasket[]; lastId: string | null }> {
  const rows = await medusaRows<{ id: string; product_ids: string[] | null }>(
    db,
    `WITH page AS (
       SELECT o.id, o.version, o.status FROM "order" o
        WHERE o.deleted_at IS NULL AND o.is_draft_order = false AND o.id > ?
        ORDER BY o.id LIMIT ?
     )
     SELECT page.id,
            CASE WHEN page.status = 'canceled' THEN NULL ELSE
              array_agg(DISTINCT li.product_id) FILTER (
                WHERE li.product_id IS NOT NULL AND oi.return_received_quantity < oi.quantity) END AS product_ids
       FROM page
       LEFT JOIN order_item oi ON oi.order_id = page.id AND oi.version = page.version AND oi.deleted_at IS NULL
       LEFT JOIN order_line_item li ON li.id = oi.item_id AND li.deleted_at IS NULL
      GROUP BY page.id, page.status
      ORDER BY page.id`,
    [input.afterId, input.limit]
  )
  return {
    baskets: rows
      .filter((row) => row.product_ids?.length)
      .map((row) => ({ id: row.id, product_ids: row.product_ids as string[] })),
    lastId: rows.at(-1)?.id ?? null,
  }
}

// ---- next-steps: popularity ----

/**
 * Units sold per product in orders created since `since` (not canceled, not drafts): each line's quantity less
 * what came back (return received), lines of no product left out. Products that sold nothing are absent.
 */
export async function unitsSoldSince(db: MedusaDb, input: { since: Date }): Promise<Map<string, number>> {
  const rows = await medusaRows<{ product_id: string; units: number }>(
    db,
    `SELECT li.product_id, SUM(GREATEST(oi.quantity - oi.return_received_quantity, 0))::float AS units
       FROM "order" o
       JOIN order_item oi ON oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL
       JOIN order_line_item li ON li.id = oi.item_id AND li.deleted_at IS NULL
      WHERE o.deleted_at IS NULL AND o.is_draft_order = false AND o.status <> 'canceled' AND o.created_at >= ?
        AND li.product_id IS NOT NULL
      GROUP BY li.product_id
     HAVING SUM(GREATEST(oi.quantity - oi.return_received_quantity, 0)) > 0`,
    [input.since]
  )
  return new Map(rows.map((row) => [row.product_id, Number(row.units)]))
}
