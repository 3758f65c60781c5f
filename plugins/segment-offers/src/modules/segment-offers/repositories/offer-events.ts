import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { generateEntityId } from "@medusajs/framework/utils"
import type { OfferEventInput } from "../lib/types"

// SQL of tp_offer_event: the funnel events and their counts. One exported object: Medusa registers every
// function exported from `repositories/` as a repository class.

type Manager = SqlEntityManager

export type OfferStatsQuery = { from: Date; to: Date; offer_id?: string; segment_id?: string }

/** One offer and segment's counts in a period, with redeemed order totals per currency. */
export type OfferStatsRow = {
  offer_id: string
  offer_name: string | null
  segment_id: string | null
  segment_name: string | null
  shown: number
  clicked: number
  applied: number
  redeemed: number
  revenue: { currency_code: string; amount: number }[] | null
}

/** Inserts events; a repeat (same offer, kind and dedupe key) is ignored. Answers the ids inserted. */
async function record(manager: Manager, events: readonly OfferEventInput[]): Promise<string[]> {
  if (!events.length) return []
  const values: unknown[] = []
  for (const event of events) {
    values.push(
      generateEntityId("", "tpoe"),
      event.offer_id,
      event.segment_id,
      event.kind,
      event.dedupe_key,
      event.cart_id ?? null,
      event.order_id ?? null,
      event.amount ?? null,
      event.amount === undefined || event.amount === null
        ? null
        : JSON.stringify({ value: String(event.amount), precision: 20 }),
      event.currency_code ?? null
    )
  }
  const rows = await manager.execute<{ id: string }[]>(
    `INSERT INTO tp_offer_event (id, offer_id, segment_id, kind, dedupe_key, cart_id, order_id, amount, raw_amount,
       currency_code, created_at, updated_at)
     VALUES ${events.map(() => "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), now())").join(", ")}
     ON CONFLICT (offer_id, kind, dedupe_key) WHERE deleted_at IS NULL DO NOTHING RETURNING id`,
    values
  )
  return rows.map((row) => row.id)
}

/** Deletes events by id. */
async function forget(manager: Manager, ids: readonly string[]): Promise<void> {
  if (!ids.length) return
  await manager.execute(`DELETE FROM tp_offer_event WHERE id IN (${ids.map(() => "?").join(", ")})`, [...ids])
}

/** Counts of each kind per offer and segment in [from, to), with redeemed revenue per currency. */
async function stats(manager: Manager, query: OfferStatsQuery): Promise<OfferStatsRow[]> {
  const filters: string[] = ["e.created_at >= ?", "e.created_at < ?"]
  const params: unknown[] = [query.from, query.to]
  if (query.offer_id) {
    filters.push("e.offer_id = ?")
    params.push(query.offer_id)
  }
  if (query.segment_id) {
    filters.push("e.segment_id = ?")
    params.push(query.segment_id)
  }
  return manager.execute<OfferStatsRow[]>(
    `WITH counted AS (
       SELECT e.offer_id, e.segment_id,
              COUNT(*) FILTER (WHERE e.kind = 'shown')::int AS shown,
              COUNT(*) FILTER (WHERE e.kind = 'clicked')::int AS clicked,
              COUNT(*) FILTER (WHERE e.kind = 'applied')::int AS applied,
              COUNT(*) FILTER (WHERE e.kind = 'redeemed')::int AS redeemed
         FROM tp_offer_event e WHERE ${filters.join(" AND ")}
        GROUP BY e.offer_id, e.segment_id
     ), revenue AS (
       SELECT e.offer_id, e.segment_id,
              json_agg(json_build_object('currency_code', e.currency_code, 'amount', e.total)) AS revenue
         FROM (SELECT offer_id, segment_id, currency_code, SUM(amount)::float AS total FROM tp_offer_event e
                WHERE e.kind = 'redeemed' AND e.amount IS NOT NULL AND ${filters.join(" AND ")}
                GROUP BY offer_id, segment_id, currency_code) e
        GROUP BY e.offer_id, e.segment_id
     )
     SELECT c.*, o.name AS offer_name, s.name AS segment_name, r.revenue
       FROM counted c
       LEFT JOIN revenue r ON r.offer_id = c.offer_id AND r.segment_id IS NOT DISTINCT FROM c.segment_id
       LEFT JOIN tp_offer o ON o.id = c.offer_id
       LEFT JOIN tp_offer_segment s ON s.id = c.segment_id
      ORDER BY c.offer_id, c.segment_id NULLS LAST`,
    [...params, ...params]
  )
}

export const offerEvents = { record, forget, stats }
