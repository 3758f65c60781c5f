import type { OrderToCount } from "../../../modules/visitor/service"

/** The order fields the counting steps read (`cart.id` through Medusa's order-cart link). */
export const ORDER_TO_COUNT_FIELDS = [
  "id",
  "customer_id",
  "currency_code",
  "total",
  "created_at",
  "status",
  "customer.has_account",
  "cart.id",
]

/** An order as `query.graph` answers ORDER_TO_COUNT_FIELDS. */
export type OrderRecord = {
  id: string
  customer_id?: string | null
  currency_code: string
  total: unknown
  created_at: unknown
  status: string
  customer?: { has_account?: boolean | null } | null
  cart?: { id: string } | null
}

/**
 * What the visitor module counts for an order, or null for a canceled one. A registered customer's order counts
 * into their profile; a guest's (no account, e.g. Medusa's guest customer record) names its cart, so the visitor
 * module can give it to the visitor who used that cart.
 */
export function orderToCount(order: OrderRecord): OrderToCount | null {
  if (order.status === "canceled") {
    return null
  }
  const registered = !!order.customer_id && order.customer?.has_account === true
  return {
    orderId: order.id,
    customerId: order.customer_id ?? null,
    guestCartId: registered ? null : (order.cart?.id ?? null),
    currencyCode: order.currency_code,
    total: Number(order.total),
    placedAt: new Date(order.created_at as string | Date),
  }
}
