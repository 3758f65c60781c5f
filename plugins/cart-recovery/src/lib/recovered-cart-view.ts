import type { RemoteQueryFunction } from "@medusajs/framework/types"

type Query = Omit<RemoteQueryFunction, symbol>

type CartLine = {
  id: string
  product_id: string | null
  variant_id: string | null
  title: string
  product_title: string | null
  variant_title: string | null
  thumbnail: string | null
  quantity: number | string
  unit_price: number | string
}

/** The shopper's cart after a recovery (theirs to know): id, region, currency, lines and their total. */
export async function recoveredCartView(query: Query, cartId: string) {
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "region_id",
      "currency_code",
      "items.id",
      "items.product_id",
      "items.variant_id",
      "items.title",
      "items.product_title",
      "items.variant_title",
      "items.thumbnail",
      "items.quantity",
      "items.unit_price",
    ],
    filters: { id: cartId },
  })
  const cart = data[0] as unknown as { id: string; region_id: string | null; currency_code: string; items: CartLine[] }
  const items = (cart.items ?? []).map((item) => ({
    id: item.id,
    product_id: item.product_id,
    variant_id: item.variant_id,
    title: item.product_title ?? item.title,
    variant_title: item.variant_title,
    thumbnail: item.thumbnail,
    quantity: Number(item.quantity),
    unit_price: Number(item.unit_price),
  }))
  return {
    id: cart.id,
    region_id: cart.region_id,
    currency_code: cart.currency_code,
    items,
    item_total: items.reduce((sum, item) => sum + item.unit_price * item.quantity, 0),
  }
}
