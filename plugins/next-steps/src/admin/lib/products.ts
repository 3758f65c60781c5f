import { adminFetch } from "@touchpoints/core/admin-kit"
import type { ProductRef } from "./types"

type AdminProduct = { id: string; title: string; handle: string; status: string }

const FIELDS = "fields=id,title,handle,status"

const ref = (product: AdminProduct): ProductRef => ({
  product_id: product.id,
  handle: product.handle,
  title: product.title,
  status: product.status,
})

/** Medusa's own product search (`GET /admin/products?q=`): title, handle and more. */
export async function searchProducts(q: string, limit = 8): Promise<ProductRef[]> {
  const { products } = await adminFetch<{ products: AdminProduct[] }>(
    `/admin/products?q=${encodeURIComponent(q)}&limit=${limit}&${FIELDS}`
  )
  return products.map(ref)
}

/** Products by id (those still in the catalog). */
export async function productsById(ids: string[]): Promise<Map<string, ProductRef>> {
  if (!ids.length) return new Map()
  const filter = ids.map((id) => `id[]=${encodeURIComponent(id)}`).join("&")
  const { products } = await adminFetch<{ products: AdminProduct[] }>(
    `/admin/products?${filter}&limit=${ids.length}&${FIELDS}`
  )
  return new Map(products.map((product) => [product.id, ref(product)]))
}

/** Sets (or, with null, clears) the product a gone product's page sends shoppers to. */
export function saveReplacement(productId: string, replacementId: string | null) {
  return adminFetch<{ product_id: string; replacement_product_id: string | null }>(
    `/admin/next-steps/products/${productId}/replacement`,
    { method: "POST", body: { replacement_product_id: replacementId } }
  )
}
