import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { formatAmount } from "@/lib/util/money"

export function OrderList({ orders }: { orders: HttpTypes.StoreOrder[] }) {
  if (!orders.length) return <p>No orders yet.</p>
  return (
    <ul className="orders">
      {orders.map((order) => (
        <li key={order.id}>
          <Link href={`/order/${order.id}/confirmed`}>Order #{order.display_id}</Link>{" "}
          <span className="muted">{formatAmount(order.total, order.currency_code)}</span>
        </li>
      ))}
    </ul>
  )
}
