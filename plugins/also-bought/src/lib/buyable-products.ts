import type { RemoteQueryFunction } from "@medusajs/framework/types"
import {
  getTotalVariantAvailability,
  getVariantAvailability,
  MedusaError,
  QueryContext,
} from "@medusajs/framework/utils"

type Query = Omit<RemoteQueryFunction, symbol>

type ProductRecord = {
  id: string
  status: string
  sales_channels?: { id: string }[] | null
  variants?:
    | {
        id: string
        manage_inventory: boolean | null
        allow_backorder: boolean | null
        calculated_price?: { calculated_amount: number | null } | null
      }[]
    | null
}

/** A region's currency (Medusa's price calculation needs both); an unknown region is a 404. */
async function currencyOf(query: Query, regionId: string): Promise<string> {
  const { data } = await query.graph({ entity: "region", fields: ["currency_code"], filters: { id: regionId } })
  const currency = (data[0] as { currency_code?: string } | undefined)?.currency_code
  if (!currency) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Region ${regionId} was not found`)
  return currency
}

/**
 * The products a shopper can buy right now: published, sold in the key's sales channel, with a variant that is
 * priced in the region (when one is given) and in stock or backorderable.
 */
export async function buyableProducts(
  query: Query,
  productIds: string[],
  context: { region_id?: string | null; sales_channel_id?: string | null }
): Promise<Set<string>> {
  const ids = [...new Set(productIds)]
  if (!ids.length) return new Set()
  const currency = context.region_id ? await currencyOf(query, context.region_id) : null
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "status",
      "sales_channels.id",
      "variants.id",
      "variants.manage_inventory",
      "variants.allow_backorder",
      ...(currency ? ["variants.calculated_price.calculated_amount"] : []),
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
  const priced = (variant: NonNullable<ProductRecord["variants"]>[number]) =>
    !currency || (variant.calculated_price?.calculated_amount ?? null) !== null
  const stocked = products.flatMap((product) =>
    (product.variants ?? []).filter((v) => priced(v) && v.manage_inventory && !v.allow_backorder).map((v) => v.id)
  )
  const stock = stocked.length
    ? context.sales_channel_id
      ? await getVariantAvailability(query, { variant_ids: stocked, sales_channel_id: context.sales_channel_id })
      : await getTotalVariantAvailability(query, { variant_ids: stocked })
    : {}
  const available = (variantId: string) =>
    Number((stock as Record<string, { availability: number | null }>)[variantId]?.availability ?? 0) > 0
  return new Set(
    products
      .filter((product) =>
        (product.variants ?? []).some(
          (variant) =>
            priced(variant) && (!variant.manage_inventory || variant.allow_backorder || available(variant.id))
        )
      )
      .map((product) => product.id)
  )
}
