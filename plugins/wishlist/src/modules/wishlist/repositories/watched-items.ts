import { json, type Manager, marks } from "../lib/sql"
import type { Watch, WatchedItem } from "../lib/types"

// SQL of the alert check: the active items it watches, and what it saw last of each (`watch` of
// tp_wishlist_item). The queued alerts themselves (tp_wishlist_alert) go through the generated CRUD. One
// exported object: Medusa registers every function exported from a module's `repositories/` as a repository class.

/** A page of active items of live lists, by id after `afterId` (optionally only these variants). */
async function page(
  manager: Manager,
  input: { afterId: string | null; limit: number; variantIds?: readonly string[] }
): Promise<WatchedItem[]> {
  const bindings: unknown[] = [input.afterId ?? ""]
  let variantFilter = ""
  if (input.variantIds) {
    if (!input.variantIds.length) return []
    variantFilter = `AND i.variant_id IN (${marks(input.variantIds)})`
    bindings.push(...input.variantIds)
  }
  bindings.push(input.limit)
  return manager.execute<WatchedItem[]>(
    `SELECT i.id, i.wishlist_id, i.variant_id, i.product_id, i.saved_price, i.watch, w.customer_id
     FROM tp_wishlist_item i JOIN tp_wishlist w ON w.id = i.wishlist_id AND w.deleted_at IS NULL
     WHERE i.id > ? AND i.removed_at IS NULL AND i.deleted_at IS NULL ${variantFilter}
     ORDER BY i.id LIMIT ?`,
    bindings
  )
}

/** Replaces an item's watch only if it still is `expected`; true when this call replaced it. */
async function compareAndSet(manager: Manager, itemId: string, expected: Watch | null, next: Watch | null) {
  const updated = await manager.execute<{ id: string }[]>(
    "UPDATE tp_wishlist_item SET watch = ?::jsonb WHERE id = ? AND watch IS NOT DISTINCT FROM ?::jsonb RETURNING id",
    [json(next), itemId, json(expected)]
  )
  return updated.length === 1
}

export const watchedItems = { page, compareAndSet }
