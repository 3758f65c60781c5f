import { type Manager, marks } from "../lib/sql"

// SQL of the counts over all lists: how many shoppers saved each variant (the store's social proof) and the
// owner's save -> purchase report. Counts come back as numbers; rates are the service's. One exported object:
// Medusa registers every function exported from a module's `repositories/` as a repository class.

export type ListTotals = {
  lists: number
  shoppers: number
  saved_items: number
  active_items: number
  purchased_items: number
}
export type ProductCounts = {
  product_id: string
  title: string | null
  saves: number
  active: number
  purchased: number
}

/** Items that count in the report: saved since `since`, not deleted, not merged into another item. */
const COUNTED = "i.deleted_at IS NULL AND i.removal IS DISTINCT FROM 'merged' AND i.saved_at >= ?"

/** How many shoppers (customers or guests) hold each variant in a live list right now; absent variants: none. */
async function saversByVariant(manager: Manager, variantIds: readonly string[]): Promise<Map<string, number>> {
  if (!variantIds.length) return new Map()
  const rows = await manager.execute<{ variant_id: string; savers: string }[]>(
    `SELECT i.variant_id, count(DISTINCT coalesce(w.customer_id, w.guest_key)) AS savers
     FROM tp_wishlist_item i JOIN tp_wishlist w ON w.id = i.wishlist_id AND w.deleted_at IS NULL
     WHERE i.variant_id IN (${marks(variantIds)}) AND i.removed_at IS NULL AND i.deleted_at IS NULL
     GROUP BY i.variant_id`,
    [...variantIds]
  )
  return new Map(rows.map((row) => [row.variant_id, Number(row.savers)]))
}

/** Live lists and their shoppers now; items saved since `since`, still active, and purchased. */
async function totals(manager: Manager, since: Date): Promise<ListTotals> {
  const [row] = await manager.execute<Record<keyof ListTotals, string>[]>(
    `SELECT
       (SELECT count(*) FROM tp_wishlist WHERE deleted_at IS NULL) AS lists,
       (SELECT count(DISTINCT coalesce(customer_id, guest_key)) FROM tp_wishlist WHERE deleted_at IS NULL) AS shoppers,
       count(*) AS saved_items,
       count(*) FILTER (WHERE i.removed_at IS NULL) AS active_items,
       count(*) FILTER (WHERE i.purchased_at IS NOT NULL) AS purchased_items
     FROM tp_wishlist_item i WHERE ${COUNTED}`,
    [since]
  )
  return {
    lists: Number(row.lists),
    shoppers: Number(row.shoppers),
    saved_items: Number(row.saved_items),
    active_items: Number(row.active_items),
    purchased_items: Number(row.purchased_items),
  }
}

/** The most saved products since `since` (or one product), most saves first. */
async function topProducts(
  manager: Manager,
  input: { since: Date; limit: number; productId: string | null }
): Promise<ProductCounts[]> {
  const rows = await manager.execute<Record<keyof ProductCounts, string | null>[]>(
    `SELECT i.product_id, max(i.product_title) AS title, count(*) AS saves,
       count(*) FILTER (WHERE i.removed_at IS NULL) AS active,
       count(*) FILTER (WHERE i.purchased_at IS NOT NULL) AS purchased
     FROM tp_wishlist_item i WHERE ${COUNTED} AND i.product_id IS NOT NULL ${input.productId ? "AND i.product_id = ?" : ""}
     GROUP BY i.product_id ORDER BY count(*) DESC, i.product_id LIMIT ?`,
    input.productId ? [input.since, input.productId, input.limit] : [input.since, input.limit]
  )
  return rows.map((row) => ({
    product_id: row.product_id as string,
    title: row.title,
    saves: Number(row.saves),
    active: Number(row.active),
    purchased: Number(row.purchased),
  }))
}

export const wishlistStatistics = { saversByVariant, totals, topProducts }
