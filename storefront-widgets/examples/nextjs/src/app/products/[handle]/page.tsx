import { TouchpointsTrack } from "@touchpoints/widgets/next/client"
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { AddToCart } from "@/components/add-to-cart"
import { VariantPicker } from "@/components/variant-picker"
import { retrieveCart } from "@/lib/data/cart"
import { getProductByHandle } from "@/lib/data/products"
import { getRegion } from "@/lib/data/regions"
import { formatAmount } from "@/lib/util/money"

type Props = {
  params: Promise<{ handle: string }>
  searchParams: Promise<{ v_id?: string }>
}

/** The product of the page, or null when it is unknown, deleted, or the shop marked it discontinued. */
async function productOf(handle: string, regionId: string) {
  const product = await getProductByHandle(handle, regionId)
  return product && product.metadata?.discontinued !== true ? product : null
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { handle } = await props.params
  const region = await getRegion()
  const product = await productOf(handle, region.id)
  return { title: product?.title ?? "Product not found" }
}

export default async function ProductPage(props: Props) {
  const [{ handle }, { v_id: selected }] = await Promise.all([props.params, props.searchParams])
  const region = await getRegion()
  const product = await productOf(handle, region.id)
  if (!product) notFound() // not-found.tsx leads on with <tp-next-steps handle>

  const cart = await retrieveCart(undefined, "id")
  const variants = product.variants ?? []
  const variant = variants.find((entry) => entry.id === selected) ?? variants[0]
  const amount = variant?.calculated_price?.calculated_amount
  return (
    <>
      <article className="page product">
        {/* biome-ignore lint/performance/noImgElement: images come from any host the shop's Medusa uses; next/image would need each in remotePatterns */}
        {product.thumbnail ? <img src={product.thumbnail} alt="" width={480} height={480} /> : null}
        <div className="product-info">
          <h1>{product.title}</h1>
          {amount == null ? null : <p className="price">{formatAmount(amount, region.currency_code)}</p>}
          <p>{product.description}</p>
          {variant ? (
            <>
              <VariantPicker product={product} selectedId={variant.id} />
              <div className="buy">
                <AddToCart variant={variant} />
                <tp-wishlist-button variant-id={variant.id} product-id={product.id} region-id={region.id} show-count />
              </div>
            </>
          ) : null}
        </div>
      </article>
      <tp-bundle
        product-id={product.id}
        region-id={region.id}
        cart-id={cart?.id}
        product-url-template="/products/{handle}"
      />
      <tp-also-bought
        product-id={product.id}
        region-id={region.id}
        cart-id={cart?.id}
        product-url-template="/products/{handle}"
      />
      <tp-next-steps product-id={product.id} region-id={region.id} product-url-template="/products/{handle}" />
      <TouchpointsTrack event={{ type: "product_view", product_id: product.id }} />
    </>
  )
}
