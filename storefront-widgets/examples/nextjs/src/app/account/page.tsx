import type { Metadata } from "next"
import { AuthForms } from "@/components/auth-forms"
import { OrderList } from "@/components/order-list"
import { Wishlist } from "@/components/wishlist"
import { retrieveCart } from "@/lib/data/cart"
import { retrieveCustomer, signout } from "@/lib/data/customer"
import { listOrders } from "@/lib/data/orders"
import { getRegion } from "@/lib/data/regions"

export const metadata: Metadata = { title: "Account" }

type Props = { searchParams: Promise<{ error?: string }> }

export default async function AccountPage(props: Props) {
  const customer = await retrieveCustomer()
  if (!customer) {
    const { error } = await props.searchParams
    return (
      <section className="page">
        <h1>Account</h1>
        <AuthForms error={error} />
      </section>
    )
  }
  const [region, cart, orders] = await Promise.all([getRegion(), retrieveCart(undefined, "id"), listOrders()])
  return (
    <section className="page">
      <h1>Hello, {customer.first_name || customer.email}</h1>
      <form action={signout}>
        <button type="submit">Log out</button>
      </form>
      <h2>Your orders</h2>
      <OrderList orders={orders} />
      <Wishlist cartId={cart?.id} regionId={region.id} />
    </section>
  )
}
