import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { getTotalVariantAvailability, getVariantAvailability, QueryContext } from "@medusajs/framework/utils"
import { regionCurrency } from "./region-currency"

type Query = Omit<RemoteQueryFunction, symbol>

type VariantRecord = {
  id: string
  title: string | null
  manage_inventory: boolean | null
  allow_backorder: boolean | null
  calculated_price?: {
    calculated_amount: number | null
    original_amount: number | null
    currency_code: string | null
  } | null
}

type ProductRecord = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  status: string
  sales_channels?: { id: string }[] | null
  variants?: VariantRecord[] | null
}

/** A product the shopper can buy, with the variant a one-click "add" uses (the first buyable one). */
export type BuyableProduct = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  variant_id: string
  variant_title: string | null
  /** False when the product can only be backordered now. */
  in_stock: boolean
  /** In the region's currency; null when no region was given. */
  price: { amount: number; original_amount: number; currency_code: string } | null
}

/**
 * The products a shopper can buy right now, by id: published, sold in the key's sales channel, with a variant
 * that is priced in the region (when one is given) and in stock or backorderable.
 */
export async function buyableProducts(
  query: Query,
  productIds: string[],
  context: { region_id?: string | null; sales_channel_id?: string | null }
): Promise<Map<string, BuyableProduct>> {
  const ids = [...new Set(productIds)]
  if (!ids.length) return new Map()
  const currency = context.region_id ? await regionCurrency(query, context.region_id) : null
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "handle",
      "thumbnail",
      "status",
      "sales_channels.id",
      "variants.id",
      "variants.title",
      "variants.manage_inventory",
      "variants.allow_backorder",
      ...(currency
        ? [
            "variants.calculated_price.calculated_amount",
            "variants.calculated_price.original_amount",
            "variants.calculated_price.currency_code",
          ]
        : []),
    ],
    filters: { id: ids },
    ...(currency
      ? {
          context: {
            variants: { calculated_price: QueryContext({ region_id: context.region_id, currency_code: currency }) },
          },
        }
      : {}),
  })
  const products = (data as unknown as ProductRecord[]).filter(
    (product) =>
      product.status === "published" &&
      (!context.sales_channel_id ||
        (product.sales_channels ?? []).some((channel) => channel?.id === context.sales_channel_id))
  )
  const priced = (variant: VariantRecord) => !currency || (variant.calculated_price?.calculated_amount ?? null) !== null
  const managed = products.flatMap((product) =>
    (product.variants ?? []).filter((v) => priced(v) && v.manage_inventory).map((v) => v.id)
  )
  const stock = managed.length
    ? context.sales_channel_id
      ? await getVariantAvailability(query, { variant_ids: managed, sales_channel_id: context.sales_channel_id })
      : await getTotalVariantAvailability(query, { variant_ids: managed })
    : {}
  const available = (variantId: string) =>
    Number((stock as Record<string, { availability: number | null }>)[variantId]?.availability ?? 0) > 0
  const buyable = new Map<string, BuyableProduct>()
  for (const product of products) {
    const variants = (product.variants ?? []).filter(priced)
    const stocked = (candidate: VariantRecord) => !candidate.manage_inventory || available(candidate.id)
    // prefer a variant in stock; a backorderable one keeps the product buyable
    const variant = variants.find(stocked) ?? variants.find((candidate) => candidate.allow_backorder)
    if (!variant) continue
    const price = variant.calculated_price
    buyable.set(product.id, {
      id: product.id,
      title: product.title,
      handle: product.handle,
      thumbnail: product.thumbnail,
      variant_id: variant.id,
      variant_title: variant.title,
      in_stock: stocked(variant),
      price:
        currency && price?.calculated_amount != null
          ? {
              amount: price.calculated_amount,
              original_amount: price.original_amount ?? price.calculated_amount,
              currency_code: price.currency_code ?? currency,
            }
          : null,
    })
  }
  return buyable
}
