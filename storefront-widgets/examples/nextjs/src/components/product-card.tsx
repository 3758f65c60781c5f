import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { formatAmount } from "@/lib/util/money"

/** A product in a grid: image, title, price from, and the wishlist heart for its first variant. */
export function ProductCard({ product, region }: { product: HttpTypes.StoreProduct; region: HttpTypes.StoreRegion }) {
  const variant = product.variants?.[0]
  const amount = variant?.calculated_price?.calculated_amount
  return (
    <li className="card">
      <Link href={`/products/${product.handle}`} className="card-link">
        {/* biome-ignore lint/performance/noImgElement: images come from any host the shop's Medusa uses; next/image would need each in remotePatterns */}
        {product.thumbnail ? <img src={product.thumbnail} alt="" width={240} height={240} loading="lazy" /> : null}
        <span className="card-title">{product.title}</span>
      </Link>
      <span className="card-price">{amount == null ? "" : formatAmount(amount, region.currency_code)}</span>
      {variant ? <tp-wishlist-button variant-id={variant.id} product-id={product.id} region-id={region.id} /> : null}
    </li>
  )
}
