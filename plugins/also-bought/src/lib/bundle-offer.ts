import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { assertProductExists, type BuyableCheck, liveBuyableCheck } from "@touchpoints/core/lib"
import type AlsoBoughtModuleService from "../modules/also-bought/service"
import { type CompanionSource, selectCompanions } from "./select-companions"

type Query = Omit<RemoteQueryFunction, symbol>

export type BundleItem = {
  product_id: string
  variant_id: string
  title: string
  variant_title: string | null
  handle: string
  thumbnail: string | null
  quantity: 1
  unit_price: number
  discounted_unit_price: number
  source: "product" | CompanionSource
}

export type BundleOffer = {
  product_id: string
  /** The sorted product ids: the key of the bundle's promotion. */
  product_ids: string[]
  items: BundleItem[]
  currency_code: string
  discount_percent: number
  subtotal: number
  discount_total: number
  total: number
}

/** Money in the currency's minor unit precision Medusa shows (2 decimals covers the currencies used here). */
const round = (amount: number) => Math.round(amount * 100) / 100

/**
 * The product and its best companions (pins and statistics only: a bundle is never made of fallbacks), all
 * buyable in the region and channel, priced with the bundle discount. A 404 when the product is unknown,
 * cannot be bought, or has no companion good enough. `check` says what is buyable (Medusa's answer now by
 * default: putting a bundle in a cart asks Medusa; the store's bundle read asks core's snapshot).
 */
export async function bundleOffer(
  query: Query,
  statistics: AlsoBoughtModuleService,
  request: { product_id: string; region_id: string; sales_channel_id?: string | null },
  check: BuyableCheck = liveBuyableCheck(query)
): Promise<BundleOffer> {
  const { size, discountPercent } = statistics.settings.bundle
  const context = { region_id: request.region_id, sales_channel_id: request.sales_channel_id }
  const anchor = (await check([request.product_id], context)).get(request.product_id)
  // a buyable product exists; otherwise an unknown one is a 404 of its own
  if (!anchor) await assertProductExists(query, request.product_id)
  const companions = anchor
    ? await selectCompanions(
        query,
        statistics,
        { anchors: [request.product_id], limit: size - 1, ...context, withoutFallback: true },
        check
      )
    : []
  if (!anchor?.price || !companions.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Product ${request.product_id} has no bundle${anchor ? "" : ": it cannot be bought in this region"}`
    )
  }
  const members = [
    { product: anchor, source: "product" as const },
    ...companions.map((companion) => ({ product: companion.product, source: companion.source })),
  ]
  const items: BundleItem[] = members.map(({ product, source }) => {
    const unitPrice = product.price?.amount ?? 0
    return {
      product_id: product.id,
      variant_id: product.variant_id,
      title: product.title,
      variant_title: product.variant_title,
      handle: product.handle,
      thumbnail: product.thumbnail,
      quantity: 1,
      unit_price: unitPrice,
      discounted_unit_price: round(unitPrice - (unitPrice * discountPercent) / 100),
      source,
    }
  })
  const subtotal = round(items.reduce((sum, item) => sum + item.unit_price, 0))
  const total = round(items.reduce((sum, item) => sum + item.discounted_unit_price, 0))
  return {
    product_id: request.product_id,
    product_ids: items.map((item) => item.product_id).sort(),
    items,
    currency_code: anchor.price.currency_code,
    discount_percent: discountPercent,
    subtotal,
    discount_total: round(subtotal - total),
    total,
  }
}
