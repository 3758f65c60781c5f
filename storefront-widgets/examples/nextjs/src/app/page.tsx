import { ProductCard } from "@/components/product-card"
import { retrieveCart } from "@/lib/data/cart"
import { listProducts } from "@/lib/data/products"
import { getRegion } from "@/lib/data/regions"

export default async function HomePage() {
  const region = await getRegion()
  const [products, cart] = await Promise.all([
    listProducts({ regionId: region.id, limit: 12 }),
    retrieveCart(undefined, "id"),
  ])
  return (
    <>
      <tp-offer placement="home" cart-id={cart?.id} />
      <section className="page">
        <h1>New in</h1>
        <ul className="grid">
          {products.map((product) => (
            <ProductCard key={product.id} product={product} region={region} />
          ))}
        </ul>
      </section>
    </>
  )
}
