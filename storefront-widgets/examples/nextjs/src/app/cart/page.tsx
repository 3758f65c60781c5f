import type { Metadata } from "next"
import { CartLines } from "@/components/cart-lines"
import { Wishlist } from "@/components/wishlist"
import { retrieveCart } from "@/lib/data/cart"
import { getRegion } from "@/lib/data/regions"

export const metadata: Metadata = { title: "Cart" }

export default async function CartPage() {
  const [cart, region] = await Promise.all([retrieveCart(), getRegion()])
  const hasLines = Boolean(cart?.items?.length)
  return (
    <section className="page">
      {/* a reminder email's link (?recover=...): its lines go into this cart (after asking when it has items), or
          into a new cart the bridge makes the shopper's when they have none; never the reminded cart itself */}
      <tp-cart-recovery cart-id={cart?.id} />
      <tp-offer placement="cart" cart-id={cart?.id} />
      <h1 id="cart-heading">Cart</h1>
      {cart && hasLines ? <CartLines cart={cart} /> : <p>Your cart is empty.</p>}
      {cart && hasLines ? (
        <tp-also-bought cart-id={cart.id} region-id={region.id} product-url-template="/products/{handle}" />
      ) : null}
      <Wishlist cartId={cart?.id} regionId={region.id} />
    </section>
  )
}
