import { type MedusaDb, medusaRows } from "./medusa-db"

// ---- segment-offers: what an open cart adds to a shopper's facts, and whose it is ----

/** An open cart's item subtotal, currency and shipping country, with its customer (and whether they registered). */
export type OpenCartFacts = {
  currency_code: string
  country_code: string | null
  customer_id: string | null
  has_account: boolean | null
  value: number
}

/** The facts of an open cart; null when the cart is gone or completed. */
export async function openCartFacts(db: MedusaDb, cartId: string): Promise<OpenCartFacts | null> {
  const [row] = await medusaRows<OpenCartFacts>(
    db,
    `SELECT c.currency_code, a.country_code, c.customer_id, cu.has_account,
            COALESCE((SELECT SUM(li.unit_price * li.quantity) FROM cart_line_item li
                       WHERE li.cart_id = c.id AND li.deleted_at IS NULL), 0)::float AS value
       FROM cart c
       LEFT JOIN cart_address a ON a.id = c.shipping_address_id
       LEFT JOIN customer cu ON cu.id = c.customer_id
      WHERE c.id = ? AND c.deleted_at IS NULL AND c.completed_at IS NULL`,
    [cartId]
  )
  return row ?? null
}

/** The registered customer (one with an account) a cart belongs to, whatever the cart's state; null for a guest's. */
export async function registeredCustomerOfCart(db: MedusaDb, cartId: string): Promise<string | null> {
  const [row] = await medusaRows<{ id: string }>(
    db,
    `SELECT cu.id FROM cart c JOIN customer cu ON cu.id = c.customer_id AND cu.has_account WHERE c.id = ?`,
    [cartId]
  )
  return row?.id ?? null
}

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
