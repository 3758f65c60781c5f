import { type Manager, marks } from "../lib/sql"

// SQL of the purchase columns of tp_wishlist_item: which saved items an order bought. One exported object:
// Medusa registers every function exported from a module's `repositories/` as a repository class.

export type PlacedOrder = {
  orderId: string
  customerId: string | null
  cartId: string | null
  variantIds: string[]
  placedAt: Date
}

/**
 * Marks the items an order bought and not yet marked: items moved into the order's cart, and items the same
 * customer saved before the order with one of its variants (merged-away items never count). Returns their ids.
 */
async function mark(manager: Manager, order: PlacedOrder): Promise<string[]> {
  const conditions: string[] = []
  const bindings: unknown[] = [order.placedAt, order.orderId]
  if (order.cartId) {
    conditions.push("i.moved_to_cart_id = ?")
    bindings.push(order.cartId)
  }
  if (order.customerId && order.variantIds.length) {
    conditions.push(`(i.variant_id IN (${marks(order.variantIds)}) AND i.saved_at <= ? AND EXISTS (
      SELECT 1 FROM tp_wishlist w WHERE w.id = i.wishlist_id AND w.customer_id = ?))`)
    bindings.push(...order.variantIds, order.placedAt, order.customerId)
  }
  if (!conditions.length) return []
  const marked = await manager.execute<{ id: string }[]>(
    `UPDATE tp_wishlist_item i SET purchased_at = ?, purchase_order_id = ?, updated_at = now()
     WHERE i.purchased_at IS NULL AND i.deleted_at IS NULL AND i.removal IS DISTINCT FROM 'merged'
     AND (${conditions.join(" OR ")}) RETURNING i.id`,
    bindings
  )
  return marked.map((row) => row.id)
}

/** Undoes `mark` for one order (compensation). */
async function unmark(manager: Manager, orderId: string): Promise<void> {
  await manager.execute(
    "UPDATE tp_wishlist_item SET purchased_at = NULL, purchase_order_id = NULL WHERE purchase_order_id = ?",
    [orderId]
  )
}

export const wishlistPurchases = { mark, unmark }
