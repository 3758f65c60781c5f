import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { getTotalVariantAvailability, getVariantAvailability, QueryContext } from "@medusajs/framework/utils"
import { regionCurrency } from "@touchpoints/core/lib"

type Query = Omit<RemoteQueryFunction, symbol>

export type Availability = "in_stock" | "sold_out" | "discontinued"

/** What a shopper needs to know about a variant right now, in one region and sales channel. */
export type VariantFacts = {
  id: string
  title: string | null
  sku: string | null
  product: { id: string; title: string; handle: string | null; thumbnail: string | null } | null
  price: { amount: number; currency_code: string } | null
  availability: Availability
}

/** Where prices and stock are read: a region (or a bare currency) and the publishable key's sales channel. */
export type FactsContext = {
  region_id?: string | null
  currency_code?: string | null
  sales_channel_id?: string | null
}

type VariantRecord = {
  id: string
  title: string | null
  sku: string | null
  manage_inventory: boolean | null
  allow_backorder: boolean | null
  product: {
    id: string
    title: string
    handle: string | null
    thumbnail: string | null
    status: string
    metadata?: Record<string, unknown> | null
    sales_channels?: { id: string }[] | null
  } | null
  calculated_price?: { calculated_amount: number | null; currency_code: string | null } | null
}

const FIELDS = [
  "id",
  "title",
  "sku",
  "manage_inventory",
  "allow_backorder",
  "product.id",
  "product.title",
  "product.handle",
  "product.thumbnail",
  "product.status",
  "product.metadata",
]

/**
 * Titles, current price and availability of variants in one context. A variant that is gone, whose product
 * is gone, unpublished, marked `metadata.discontinued: true` (Medusa has no such status) or not sold in the
 * sales channel is "discontinued"; managed stock at 0 without backorders is "sold_out". Variants missing from
 * the answer are gone (deleted).
 */
export async function loadVariantFacts(
  query: Query,
  variantIds: string[],
  context: FactsContext
): Promise<Map<string, VariantFacts>> {
  const facts = new Map<string, VariantFacts>()
  const ids = [...new Set(variantIds)]
  if (!ids.length) return facts
  const priced = Boolean(context.region_id || context.currency_code)
  const currencyCode =
    context.currency_code ?? (context.region_id ? await regionCurrency(query, context.region_id) : undefined)
  const fields = [
    ...FIELDS,
    ...(context.sales_channel_id ? ["product.sales_channels.id"] : []),
    ...(priced ? ["calculated_price.calculated_amount", "calculated_price.currency_code"] : []),
  ]
  // stock is read for every asked variant in parallel with the variant query (it is the slower half);
  // variants that do not manage stock or allow backorders ignore it below
  const [{ data }, stock] = await Promise.all([
    query.graph({
      entity: "product_variant",
      fields,
      filters: { id: ids },
      ...(priced
        ? {
            context: {
              calculated_price: QueryContext({
                ...(context.region_id ? { region_id: context.region_id } : {}),
                ...(currencyCode ? { currency_code: currencyCode } : {}),
              }),
            },
          }
        : {}),
    }),
    loadStock(query, ids, context.sales_channel_id ?? null),
  ])
  const variants = data as unknown as VariantRecord[]
  const stocked = new Set(
    variants.filter((variant) => variant.manage_inventory && !variant.allow_backorder).map((v) => v.id)
  )

  for (const variant of variants) {
    const product = variant.product
    const sold =
      product?.status === "published" &&
      product.metadata?.discontinued !== true &&
      (!context.sales_channel_id ||
        (product.sales_channels ?? []).some((channel) => channel?.id === context.sales_channel_id))
    const amount = variant.calculated_price?.calculated_amount
    const currency = variant.calculated_price?.currency_code
    facts.set(variant.id, {
      id: variant.id,
      title: variant.title,
      sku: variant.sku,
      product: product
        ? { id: product.id, title: product.title, handle: product.handle, thumbnail: product.thumbnail }
        : null,
      price:
        amount !== null && amount !== undefined && currency
          ? { amount: Number(amount), currency_code: currency }
          : null,
      availability: !sold
        ? "discontinued"
        : !stocked.has(variant.id) || (stock.get(variant.id) ?? 0) > 0
          ? "in_stock"
          : "sold_out",
    })
  }
  return facts
}

async function loadStock(query: Query, variantIds: string[], salesChannelId: string | null) {
  const stock = new Map<string, number>()
  if (!variantIds.length) return stock
  const availability = salesChannelId
    ? await getVariantAvailability(query, { variant_ids: variantIds, sales_channel_id: salesChannelId })
    : await getTotalVariantAvailability(query, { variant_ids: variantIds })
  for (const [id, entry] of Object.entries(availability)) stock.set(id, Number(entry.availability ?? 0))
  return stock
}
