import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { getVariantAvailability } from "@medusajs/framework/utils"

type Query = Omit<RemoteQueryFunction, symbol>

export type ReminderItem = {
  id: string
  title: string
  product_title: string | null
  variant_title: string | null
  thumbnail: string | null
  quantity: number
  unit_price: number
  variant_id: string | null
  product_id: string | null
}

/** The cart as a reminder needs it, read fresh right before the send. */
export type ReminderCart = {
  id: string
  email: string | null
  customer_id: string | null
  currency_code: string
  sales_channel_id: string | null
  completed_at: Date | string | null
  metadata: Record<string, unknown> | null
  items: ReminderItem[]
}

type VariantRecord = {
  id: string
  manage_inventory: boolean | null
  allow_backorder: boolean | null
  product?: { status: string } | null
}

export async function readReminderCart(query: Query, cartId: string): Promise<ReminderCart | null> {
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "email",
      "customer_id",
      "currency_code",
      "sales_channel_id",
      "completed_at",
      "metadata",
      "items.id",
      "items.title",
      "items.product_title",
      "items.variant_title",
      "items.thumbnail",
      "items.quantity",
      "items.unit_price",
      "items.variant_id",
      "items.product_id",
    ],
    filters: { id: cartId },
  })
  const cart = data[0] as unknown as ReminderCart | undefined
  if (!cart) return null
  return {
    ...cart,
    items: (cart.items ?? []).map((item) => ({
      ...item,
      quantity: Number(item.quantity),
      unit_price: Number(item.unit_price),
    })),
  }
}

/**
 * The items a shopper can still buy: variant not deleted, product published, in stock in the cart's sales
 * channel, or not inventory-managed, or backorderable.
 */
export async function availableItems(query: Query, cart: ReminderCart): Promise<ReminderItem[]> {
  const variantIds = [...new Set(cart.items.map((item) => item.variant_id).filter((id): id is string => !!id))]
  if (!variantIds.length) return []
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "manage_inventory", "allow_backorder", "product.status"],
    filters: { id: variantIds },
  })
  const variants = new Map((data as unknown as VariantRecord[]).map((variant) => [variant.id, variant]))
  const managed = [...variants.values()].filter((v) => v.manage_inventory && !v.allow_backorder).map((v) => v.id)
  const availability =
    managed.length && cart.sales_channel_id
      ? await getVariantAvailability(query, { variant_ids: managed, sales_channel_id: cart.sales_channel_id })
      : {}
  return cart.items.filter((item) => {
    const variant = item.variant_id ? variants.get(item.variant_id) : undefined
    if (variant?.product?.status !== "published") return false
    if (!variant.manage_inventory || variant.allow_backorder) return true
    return Number(availability[variant.id]?.availability ?? 0) >= 1
  })
}

/** Whether the address or customer placed an order since `since` (a purchase right after abandoning this cart). */
export async function purchasedSince(query: Query, cart: ReminderCart, since: Date): Promise<boolean> {
  const ownerFilters = [
    cart.email ? { email: cart.email } : null,
    cart.customer_id ? { customer_id: cart.customer_id } : null,
  ]
  for (const owner of ownerFilters) {
    if (!owner) continue
    const { data } = await query.graph({
      entity: "order",
      fields: ["id"],
      filters: { ...owner, created_at: { $gte: since } },
      pagination: { take: 1 },
    })
    if (data.length) return true
  }
  return false
}
