"use server"

import type { HttpTypes } from "@medusajs/types"
import { sdk } from "@/lib/config"
import { getAuthHeaders, getCacheOptions } from "./cookies"

export async function retrieveOrder(id: string): Promise<HttpTypes.StoreOrder | null> {
  const headers = { ...(await getAuthHeaders()) }
  const next = { ...(await getCacheOptions("orders")) }
  return sdk.client
    .fetch<HttpTypes.StoreOrderResponse>(`/store/orders/${id}`, {
      method: "GET",
      query: { fields: "*items,*items.variant,*items.product" },
      headers,
      next,
      cache: "force-cache",
    })
    .then(({ order }) => order)
    .catch(() => null)
}

export async function listOrders(limit = 10): Promise<HttpTypes.StoreOrder[]> {
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) return []
  const next = { ...(await getCacheOptions("orders")) }
  return sdk.client
    .fetch<HttpTypes.StoreOrderListResponse>("/store/orders", {
      method: "GET",
      query: { limit, order: "-created_at", fields: "id,display_id,created_at,total,currency_code" },
      headers,
      next,
      cache: "force-cache",
    })
    .then(({ orders }) => orders)
    .catch(() => [])
}
