import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"

export type OfferStatsQuery = { from: Date; to: Date; offer_id?: string; segment_id?: string }

type StatsRow = {
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

const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null)

/**
 * The offer funnel per offer and segment in [from, to): counts of each kind, the rates from one step to the
 * next (percent, one decimal; null when the step before is 0) and redeemed order totals per currency.
 */
export async function readOfferStats(manager: SqlEntityManager, query: OfferStatsQuery) {
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
  const rows = await manager.execute<StatsRow[]>(
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
       LEFT JOIN tp_segment s ON s.id = c.segment_id
      ORDER BY c.offer_id, c.segment_id NULLS LAST`,
    [...params, ...params]
  )
  const stats = rows.map((row) => ({
    offer: { id: row.offer_id, name: row.offer_name },
    segment: row.segment_id ? { id: row.segment_id, name: row.segment_name } : null,
    shown: row.shown,
    clicked: row.clicked,
    applied: row.applied,
    redeemed: row.redeemed,
    click_rate: rate(row.clicked, row.shown),
    apply_rate: rate(row.applied, row.shown),
    redeem_rate: rate(row.redeemed, row.applied),
    revenue: row.revenue ?? [],
  }))
  const totals = stats.reduce(
    (sum, row) => ({
      shown: sum.shown + row.shown,
      clicked: sum.clicked + row.clicked,
      applied: sum.applied + row.applied,
      redeemed: sum.redeemed + row.redeemed,
    }),
    { shown: 0, clicked: 0, applied: 0, redeemed: 0 }
  )
  return { from: query.from.toISOString(), to: query.to.toISOString(), totals, stats }
}
