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
  region_id: string | null
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

const CART_FIELDS = [
  "id",
  "email",
  "customer_id",
  "region_id",
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
]

/** Carts as reminders need them, read fresh, by id (missing ids are carts that no longer exist). */
export async function readReminderCarts(query: Query, cartIds: string[]): Promise<Map<string, ReminderCart>> {
  if (!cartIds.length) return new Map()
  const { data } = await query.graph({ entity: "cart", fields: CART_FIELDS, filters: { id: cartIds } })
  return new Map(
    (data as unknown as ReminderCart[]).map((cart) => [
      cart.id,
      {
        ...cart,
        items: (cart.items ?? []).map((item) => ({
          ...item,
          quantity: Number(item.quantity),
          unit_price: Number(item.unit_price),
        })),
      },
    ])
  )
}

export async function readReminderCart(query: Query, cartId: string): Promise<ReminderCart | null> {
  return (await readReminderCarts(query, [cartId])).get(cartId) ?? null
}

/**
 * The items each cart's shopper can still buy: variant not deleted, product published, and in stock in the
 * cart's sales channel, or not inventory-managed, or backorderable. Two queries per sales channel for any
 * number of carts.
 */
export async function availableItemsOf(query: Query, carts: ReminderCart[]): Promise<Map<string, ReminderItem[]>> {
  const variantIds = [
    ...new Set(carts.flatMap((cart) => cart.items.map((item) => item.variant_id)).filter((id): id is string => !!id)),
  ]
  const variants = new Map<string, VariantRecord>()
  if (variantIds.length) {
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "manage_inventory", "allow_backorder", "product.status"],
      filters: { id: variantIds },
    })
    for (const variant of data as unknown as VariantRecord[]) variants.set(variant.id, variant)
  }
  const stockedIn = new Map<string, Set<string>>() // sales channel -> variants with stock there
  for (const channel of new Set(carts.map((cart) => cart.sales_channel_id).filter((id): id is string => !!id))) {
    const managed = [
      ...new Set(
        carts
          .filter((cart) => cart.sales_channel_id === channel)
          .flatMap((cart) => cart.items.map((item) => (item.variant_id ? variants.get(item.variant_id) : undefined)))
          .filter((v): v is VariantRecord => !!v?.manage_inventory && !v.allow_backorder)
          .map((v) => v.id)
      ),
    ]
    const availability = managed.length
      ? await getVariantAvailability(query, { variant_ids: managed, sales_channel_id: channel })
      : {}
    stockedIn.set(channel, new Set(managed.filter((id) => Number(availability[id]?.availability ?? 0) >= 1)))
  }
  return new Map(
    carts.map((cart) => [
      cart.id,
      cart.items.filter((item) => {
        const variant = item.variant_id ? variants.get(item.variant_id) : undefined
        if (variant?.product?.status !== "published") return false
        if (!variant.manage_inventory || variant.allow_backorder) return true
        return stockedIn.get(cart.sales_channel_id ?? "")?.has(variant.id) ?? false
      }),
    ])
  )
}

/**
 * The carts whose address or customer placed an order since `since` (a purchase right after leaving the cart):
 * one query by email and one by customer for any number of carts.
 */
export async function purchasedSinceOf(query: Query, carts: ReminderCart[], since: Date): Promise<Set<string>> {
  const emails = [...new Set(carts.map((cart) => cart.email).filter((email): email is string => !!email))]
  const customers = [...new Set(carts.map((cart) => cart.customer_id).filter((id): id is string => !!id))]
  const buyers = new Set<string>()
  for (const [field, values] of [
    ["email", emails],
    ["customer_id", customers],
  ] as const) {
    if (!values.length) continue
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", field],
      filters: { [field]: values, created_at: { $gte: since } },
    })
    for (const order of data as Record<string, string | null>[]) {
      if (order[field]) buyers.add(`${field}:${order[field]}`)
    }
  }
  return new Set(
    carts
      .filter((cart) => buyers.has(`email:${cart.email}`) || buyers.has(`customer_id:${cart.customer_id}`))
      .map((cart) => cart.id)
  )
}
