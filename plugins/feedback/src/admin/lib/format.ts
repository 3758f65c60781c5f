/** A date-time as the admin's browser writes it, or "-". */
export function formatDateTime(value: string | null): string {
  return value ? new Date(value).toLocaleString() : "-"
}

/** An order as Medusa's admin names it: `#1042`, or its id when it has no display id. */
export function orderLabel(order: { order_id: string; order_display_id: number | null }): string {
  return order.order_display_id === null ? order.order_id : `#${order.order_display_id}`
}
