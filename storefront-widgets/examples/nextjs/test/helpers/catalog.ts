import { catalog, type StockedVariant, storeCall } from "../../../../test/helpers/store"

async function productFields(productId: string): Promise<{ handle: string; title: string }> {
  const { product } = await storeCall<{ product: { handle: string; title: string } }>(
    `/store/products/${productId}?fields=handle,title`
  )
  return product
}

/** A product's handle (the shop's product pages are `/products/<handle>`). */
export async function handleOf(productId: string): Promise<string> {
  return (await productFields(productId)).handle
}

export async function titleOf(productId: string): Promise<string> {
  return (await productFields(productId)).title
}

/** A variant of the product with plenty of stock (its first variant may be sold out: the seed has such products). */
export async function inStockVariantOf(productId: string): Promise<StockedVariant> {
  const { inStock } = await catalog()
  const variant = inStock.find((entry) => entry.productId === productId)
  if (!variant) throw new Error(`product ${productId} has no variant in stock: seed the demo store`)
  return variant
}
