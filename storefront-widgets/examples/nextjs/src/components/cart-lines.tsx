import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { removeLineItem } from "@/lib/data/cart"
import { formatAmount } from "@/lib/util/money"

/** The server-rendered cart table: one row per line, each with "Remove" and `<tp-save-for-later>`. */
export function CartLines({ cart }: { cart: HttpTypes.StoreCart }) {
  const lines = [...(cart.items ?? [])].sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
  return (
    <table className="cart-lines">
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col">Quantity</th>
          <th scope="col">Total</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.id} data-line-id={line.id}>
            <td>
              <Link href={`/products/${line.product_handle}`}>{line.product_title}</Link>
              {line.variant_title ? <span className="muted"> · {line.variant_title}</span> : null}
            </td>
            <td>{line.quantity}</td>
            <td>{formatAmount(line.total, cart.currency_code)}</td>
            <td className="line-actions">
              <tp-save-for-later cart-id={cart.id} line-item-id={line.id} />
              <form action={removeLineItem.bind(null, line.id)}>
                <button type="submit" className="link-button">
                  Remove<span className="visually-hidden">: {line.product_title}</span>
                </button>
              </form>
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        {cart.discount_total ? (
          <tr>
            <th scope="row" colSpan={2}>
              Discount {cart.promotions?.map((promotion) => promotion.code).join(", ")}
            </th>
            <td>−{formatAmount(cart.discount_total, cart.currency_code)}</td>
          </tr>
        ) : null}
        <tr>
          <th scope="row" colSpan={2}>
            Total
          </th>
          <td data-testid="cart-total">{formatAmount(cart.total, cart.currency_code)}</td>
        </tr>
      </tfoot>
    </table>
  )
}
