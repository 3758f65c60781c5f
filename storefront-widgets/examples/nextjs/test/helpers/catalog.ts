import { storeCall } from "../../../../test/helpers/store"

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
