import type { OfferStatsQuery, OfferStatsRow } from "../repositories/offer-events"

export type { OfferStatsQuery }

const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null)

/**
 * The offer funnel per offer and segment in [from, to): counts of each kind, the rates from one step to the
 * next (percent, one decimal; null when the step before is 0) and redeemed order totals per currency.
 */
export function offerStatsOf(query: OfferStatsQuery, rows: OfferStatsRow[]) {
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
