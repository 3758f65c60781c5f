import { type MedusaDb, medusaRows } from "./medusa-db"

// ---- segment-offers: whether a cart's shopper already used a promotion ----

/**
 * Whether the shopper of a cart already placed an order with the promotion: the same customer, or the same
 * email address (a guest's orders carry Medusa's guest customer of that email). Canceled orders don't count.
 */
export async function cartShopperUsedPromotion(
  db: MedusaDb,
  input: { promotionId: string; cartId: string }
): Promise<boolean> {
  const [row] = await medusaRows<{ redeemed: boolean }>(
    db,
    `SELECT EXISTS (
       SELECT 1 FROM cart c
         JOIN order_promotion op ON op.promotion_id = ? AND op.deleted_at IS NULL
         JOIN "order" o ON o.id = op.order_id AND o.deleted_at IS NULL AND o.status <> 'canceled'
        WHERE c.id = ? AND ((c.customer_id IS NOT NULL AND o.customer_id = c.customer_id)
                         OR (c.email IS NOT NULL AND lower(o.email) = lower(c.email)))
     ) AS redeemed`,
    [input.promotionId, input.cartId]
  )
  return row?.redeemed === true
}
