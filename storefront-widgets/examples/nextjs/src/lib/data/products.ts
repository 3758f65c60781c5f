"use server"

import type { HttpTypes } from "@medusajs/types"
import { sdk } from "@/lib/config"
import { getCacheOptions } from "./cookies"

const PRODUCT_FIELDS = "*variants.calculated_price,+variants.inventory_quantity,+metadata"

export async function listProducts({
  regionId,
  limit = 12,
  handle,
}: {
  regionId: string
  limit?: number
  handle?: string
}): Promise<HttpTypes.StoreProduct[]> {
  const next = { ...(await getCacheOptions("products")) }
  return sdk.client
    .fetch<HttpTypes.StoreProductListResponse>("/store/products", {
      method: "GET",
      query: { limit, region_id: regionId, fields: PRODUCT_FIELDS, ...(handle ? { handle } : {}) },
      next,
      cache: "force-cache",
    })
    .then(({ products }) => products)
}

/** The product a page was asked for by its handle, or null (unknown, deleted, or not in this sales channel). */
export async function getProductByHandle(handle: string, regionId: string): Promise<HttpTypes.StoreProduct | null> {
  const [product] = await listProducts({ regionId, handle, limit: 1 })
  return product ?? null
}
