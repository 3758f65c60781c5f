import type { RemoteQueryFunction } from "@medusajs/framework/types"
import type { SurveyProductRow } from "../modules/feedback/lib/types"

type Query = Omit<RemoteQueryFunction, symbol>

type OrderItems = {
  id: string
  items?: ({
    product_id: string | null
    product_title: string | null
    title: string
    product_handle: string | null
    thumbnail: string | null
  } | null)[]
}

/** Each order's products (one row per product, in the order's line order), read in one query for all orders. */
export async function orderProducts(
  query: Query,
  orderIds: string[]
): Promise<Map<string, Omit<SurveyProductRow, "survey_id">[]>> {
  const byOrder = new Map<string, Omit<SurveyProductRow, "survey_id">[]>()
  if (!orderIds.length) return byOrder
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "items.product_id", "items.product_title", "items.title", "items.product_handle", "items.thumbnail"],
    filters: { id: orderIds },
  })
  for (const order of data as OrderItems[]) {
    const products: Omit<SurveyProductRow, "survey_id">[] = []
    for (const item of order.items ?? []) {
      if (!item || products.some((product) => item.product_id && product.product_id === item.product_id)) continue
      products.push({
        product_id: item.product_id,
        title: item.product_title ?? item.title,
        handle: item.product_handle,
        thumbnail: item.thumbnail,
      })
    }
    byOrder.set(order.id, products)
  }
  return byOrder
}
