import type { RemoteQueryFunction } from "@medusajs/framework/types"

type Query = Omit<RemoteQueryFunction, symbol>
type OrderRecord = {
  status: string
  items?: { product_id: string | null; quantity?: number | null; detail?: DetailRecord | null }[] | null
}
type DetailRecord = { quantity?: number | null; return_received_quantity?: number | null }

const PAGE = 500
let settings = { windowDays: 90, cacheSeconds: 300 }
let cached: { at: number; units: Map<string, number> } | null = null
let pending: Promise<Map<string, number>> | null = null

export function configureUnitsSold(options: { windowDays: number; cacheSeconds: number }): void {
  settings = options
  cached = null
}

/** Forget the table (an order was placed or canceled); the next read counts again. */
export function forgetUnitsSold(): void {
  cached = null
}

/**
 * Units sold per product in the popularity window (canceled orders and returned units left out). Counted
 * from Medusa's orders a page at a time and kept per instance for `cacheSeconds`: popularity orders links, it
 * decides nothing else, so an answer a few minutes old is fine. Concurrent readers share one count.
 */
export async function unitsSold(query: Query): Promise<Map<string, number>> {
  if (cached && Date.now() - cached.at < settings.cacheSeconds * 1000) return cached.units
  pending ??= countUnits(query).finally(() => {
    pending = null
  })
  return pending
}

async function countUnits(query: Query): Promise<Map<string, number>> {
  const since = new Date(Date.now() - settings.windowDays * 86_400_000)
  const units = new Map<string, number>()
  for (let skip = 0; ; skip += PAGE) {
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "status",
        "items.product_id",
        "items.quantity",
        "items.detail.quantity",
        "items.detail.return_received_quantity",
      ],
      filters: { created_at: { $gte: since } },
      pagination: { skip, take: PAGE, order: { created_at: "ASC" } },
    })
    for (const order of data as unknown as OrderRecord[]) {
      if (order.status === "canceled") continue
      for (const item of order.items ?? []) {
        if (!item?.product_id) continue
        const sold =
          Number(item.detail?.quantity ?? item.quantity ?? 0) - Number(item.detail?.return_received_quantity ?? 0)
        if (sold > 0) units.set(item.product_id, (units.get(item.product_id) ?? 0) + sold)
      }
    }
    if (data.length < PAGE) break
  }
  cached = { at: Date.now(), units }
  return units
}

/** Ids by units sold, most first (ties by id, so the order is stable). */
export function byPopularity(ids: Iterable<string>, units: Map<string, number>): string[] {
  return [...new Set(ids)].sort((a, b) => (units.get(b) ?? 0) - (units.get(a) ?? 0) || a.localeCompare(b))
}
