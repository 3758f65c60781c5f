import { type MedusaDb, medusaRows } from "./medusa-db"

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
