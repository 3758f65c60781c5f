import { type MedusaDb, medusaRows } from "./medusa-db"

/** An open cart with an email and at least one line, and when Medusa last saw it change. */
export type OpenCartActivity = {
  id: string
  email: string
  /** The latest of the cart's, its lines' and its shipping methods' `updated_at`. */
  activity_at: Date
}

/**
 * One keyset page (by id, after `afterId`) of open carts: not completed, not deleted, with an email and at least
 * one line. Answers at most `limit` rows in id order; a full page means more may follow. The cart-recovery scan
 * pages through 100,000 carts with it (one index-ordered query per page, no per-cart round trip).
 */
export function openCartsWithItemsAfter(
  db: MedusaDb,
  input: { afterId: string | null; limit: number }
): Promise<OpenCartActivity[]> {
  return medusaRows<OpenCartActivity>(
    db,
    `SELECT c.id, c.email,
       GREATEST(c.updated_at,
         (SELECT max(li.updated_at) FROM cart_line_item li WHERE li.cart_id = c.id AND li.deleted_at IS NULL),
         (SELECT max(sm.updated_at) FROM cart_shipping_method sm
           WHERE sm.cart_id = c.id AND sm.deleted_at IS NULL)) AS activity_at
     FROM cart c
     WHERE c.id > ? AND c.completed_at IS NULL AND c.deleted_at IS NULL AND c.email IS NOT NULL
       AND EXISTS (SELECT 1 FROM cart_line_item li WHERE li.cart_id = c.id AND li.deleted_at IS NULL)
     ORDER BY c.id LIMIT ?`,
    [input.afterId ?? "", input.limit]
  )
}
