import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { retrieveOrder } from "@/lib/data/orders"
import { formatAmount } from "@/lib/util/money"

export const metadata: Metadata = { title: "Order confirmed" }

type Props = { params: Promise<{ id: string }> }

export default async function OrderConfirmedPage(props: Props) {
  const { id } = await props.params
  const order = await retrieveOrder(id)
  if (!order) notFound()
  return (
    <section className="page">
      <h1>Thank you!</h1>
      <p>
        Order <strong>#{order.display_id}</strong> is confirmed. We sent the details to {order.email}.
      </p>
      <ul className="order-items">
        {(order.items ?? []).map((item) => (
          <li key={item.id}>
            {item.quantity} × {item.product_title}
            {item.variant_title ? ` (${item.variant_title})` : ""} — {formatAmount(item.total, order.currency_code)}
          </li>
        ))}
      </ul>
      <p>
        Total: <strong>{formatAmount(order.total, order.currency_code)}</strong>
      </p>
      {/* the survey of a logged-in customer's order: the route handler adds their token */}
      <tp-feedback-survey order-id={order.id} />
    </section>
  )
}
