import { adminFetch, ifInstalled } from "../kit"

type Money = { currency_code: string; amount: number }

export type Overview = {
  wishlist: { saved_items: number; purchased_items: number; conversion_rate: number; shoppers: number } | null
  cartRecovery: {
    carts_abandoned: number
    emails_sent_total: number
    carts_clicked: number
    carts_recovered: number
    recovered_revenue: Money[]
  } | null
  feedback: {
    nps: number | null
    ces_average: number | null
    responses: number
    response_rate: number | null
    trend: { label: string; nps: number | null; responses: number }[]
    nps_distribution: { score: number; count: number }[]
  } | null
  offers: {
    totals: { shown: number; clicked: number; applied: number; redeemed: number }
    bySegment: { label: string; shown: number; applied: number; redeemed: number }[]
  } | null
  nextSteps: { checked: number; dead_ends: number } | null
  alsoBought: {
    recommendations: Record<string, { impressions: number; clicks: number; click_rate: number | null }>
    orders: number
    bundle_orders: number
    bundle_attach_rate: number | null
    bundle_revenue: Money[]
  } | null
}

const DAY_MS = 86_400_000

export type Period = { from: Date; to: Date; query: string }

/** The last `days` days, ending now, and its `from=&to=` query. */
export function periodOf(days: number): Period {
  const to = new Date()
  const from = new Date(to.getTime() - days * DAY_MS)
  return {
    from,
    to,
    query: `from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}`,
  }
}

// One loader per touchpoint, each reading that plugin's own admin API (null: the plugin is not installed), so
// the overview shows exactly what those routes answer and a slow one (the dead-end audit) holds up no other.

export async function loadWishlist(period: Period): Promise<Overview["wishlist"]> {
  const answer = await ifInstalled(
    adminFetch<{ totals: NonNullable<Overview["wishlist"]> }>(
      `/admin/wishlists/stats?since=${encodeURIComponent(period.from.toISOString())}`
    )
  )
  return answer?.totals ?? null
}

export async function loadCartRecovery(period: Period): Promise<Overview["cartRecovery"]> {
  const answer = await ifInstalled(
    adminFetch<{ stats: NonNullable<Overview["cartRecovery"]> }>(`/admin/cart-recovery/stats?${period.query}`)
  )
  return answer?.stats ?? null
}

export async function loadFeedback(period: Period): Promise<Overview["feedback"]> {
  const answer = await ifInstalled(
    adminFetch<{
      report: Omit<NonNullable<Overview["feedback"]>, "trend"> & {
        trend: { points: { label: string; nps: number | null; responses: number }[] }
      }
    }>(`/admin/feedback/report?${period.query}`)
  )
  return answer ? { ...answer.report, trend: answer.report.trend.points } : null
}

export async function loadOffers(period: Period): Promise<Overview["offers"]> {
  const answer = await ifInstalled(
    adminFetch<{
      totals: NonNullable<Overview["offers"]>["totals"]
      stats: {
        segment: { name: string | null } | null
        offer: { name: string | null }
        shown: number
        applied: number
        redeemed: number
      }[]
    }>(`/admin/offers/stats?${period.query}`)
  )
  if (!answer) return null
  return {
    totals: answer.totals,
    bySegment: answer.stats.map((row) => ({
      label: `${row.segment?.name ?? "no segment"}: ${row.offer.name ?? ""}`,
      shown: row.shown,
      applied: row.applied,
      redeemed: row.redeemed,
    })),
  }
}

export async function loadNextSteps(): Promise<Overview["nextSteps"]> {
  const answer = await ifInstalled(
    adminFetch<{ checked: number; dead_ends: unknown[] }>("/admin/next-steps/audit?limit=200")
  )
  return answer ? { checked: answer.checked, dead_ends: answer.dead_ends.length } : null
}

export async function loadAlsoBought(period: Period): Promise<Overview["alsoBought"]> {
  const answer = await ifInstalled(
    adminFetch<{ stats: NonNullable<Overview["alsoBought"]> }>(`/admin/also-bought/stats?${period.query}`)
  )
  return answer?.stats ?? null
}
