/** An order as the statistics read it. */
export type OrderForCounting = {
  id: string
  status: string
  created_at?: string | Date
  items?:
    | {
        product_id: string | null
        quantity?: number | null
        detail?: { quantity?: number | null; return_received_quantity?: number | null } | null
      }[]
    | null
}

/** Query fields that fill an `OrderForCounting`. */
export const ORDER_FIELDS_FOR_COUNTING = [
  "id",
  "status",
  "created_at",
  "items.product_id",
  "items.quantity",
  "items.detail.quantity",
  "items.detail.return_received_quantity",
]

/**
 * The products an order counts for: none for a canceled order; otherwise every product with a line that did not
 * come back in full (a partly returned line still counts).
 */
export function countedProducts(order: OrderForCounting): string[] {
  if (order.status === "canceled") return []
  const ids = (order.items ?? [])
    .filter((item) => {
      const quantity = Number(item?.detail?.quantity ?? item?.quantity ?? 1)
      return item?.product_id && Number(item.detail?.return_received_quantity ?? 0) < quantity
    })
    .map((item) => item.product_id as string)
  return [...new Set(ids)]
}
