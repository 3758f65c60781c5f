import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { buyableProducts } from "@touchpoints/core/lib/buyable-products"
import type { NextStepsOptions } from "../modules/next-steps/options"
import { brandCandidates } from "./brand-candidates"
import { candidatesOf } from "./candidates"
import { publishedProductIds } from "./catalog-queries"
import { type FilledGroup, fillGroup } from "./fill-group"
import { forYouCandidates, type VisitorTaste } from "./for-you-candidates"
import { cachedGroups } from "./group-cache"
import type { ProductFacets } from "./product-facets"
import { similarCandidates } from "./similar-candidates"
import { byPopularity, unitsSold } from "./units-sold"

type Query = Omit<RemoteQueryFunction, symbol>

export type NextStepsRequest = {
  product: ProductFacets
  limit: number
  region_id?: string | null
  sales_channel_id?: string | null
  /** The visitor's taste, or null for a new (or anonymous and unknown) visitor. */
  taste: VisitorTaste | null
}

/**
 * The three link groups of a product page: similar, the brand's popular products, and "for you". Groups are
 * filled in that order, no product twice, never the product itself, only products the shopper can buy; each
 * falls back to wider sources (and says so) until it is full, as long as the catalog has enough to offer.
 */
export async function nextStepsFor(
  container: MedusaContainer,
  query: Query,
  settings: NextStepsOptions,
  request: NextStepsRequest
) {
  const { product, limit } = request
  const context = { region_id: request.region_id, sales_channel_id: request.sales_channel_id }
  const units = await unitsSold(query)
  const bestSellers = async () => {
    const popular = byPopularity(units.keys(), units)
    const rest = byPopularity(await publishedProductIds(query, {}), units)
    return candidatesOf([...popular, ...rest], "best_seller", product.id)
  }
  const cacheKey = `${product.id}|${context.region_id ?? ""}|${context.sales_channel_id ?? ""}|${limit}`
  const shared = await cachedGroups(cacheKey, async () => {
    const anchor = (await buyableProducts(query, [product.id], context)).get(product.id)
    const soldOut = !anchor?.in_stock
    const used = new Set([product.id])
    const fallback = await bestSellers()
    const similar = await fillGroup(
      query,
      [
        { candidates: await similarCandidates(query, product, units), fallback: null },
        { candidates: fallback, fallback: "best_sellers" },
      ],
      { ...context, used, limit, inStockFirst: soldOut }
    )
    const { brand, brandCategory } = await brandCandidates(query, product, units)
    const brandGroup = await fillGroup(
      query,
      [
        { candidates: brand, fallback: null },
        { candidates: brandCategory, fallback: "brand_category" },
        { candidates: fallback, fallback: "best_sellers" },
      ],
      { ...context, used, limit }
    )
    return { soldOut, anchorBuyable: !!anchor, similar, brand: brandGroup, used: [...used], fallback }
  })
  // "for you" is for discovery: not what the visitor just looked at
  const used = new Set([...shared.used, ...(request.taste?.recent_product_ids ?? [])])
  const personal = request.taste ? await forYouCandidates(container, query, request.taste, units) : []
  const forYou = await fillGroup(
    query,
    [
      { candidates: personal, fallback: null },
      { candidates: shared.fallback, fallback: "best_sellers" },
    ],
    { ...context, used, limit }
  )
  const titles = settings.titles
  const group = (key: string, title: string, filled: FilledGroup, extra: Record<string, unknown> = {}) => ({
    key,
    title,
    fallback: filled.fallback,
    ...extra,
    items: filled.items,
  })
  return {
    product: {
      id: product.id,
      handle: product.handle,
      title: product.title,
      status: product.status,
      discontinued: product.discontinued,
      buyable: shared.anchorBuyable,
      sold_out: shared.soldOut,
    },
    groups: [
      group("similar", titles.similar, shared.similar, { in_stock_first: shared.soldOut }),
      group(
        "brand",
        product.brand ? titles.brand.replace("{brand}", product.brand.name) : titles.brandless,
        shared.brand,
        {
          brand: product.brand,
        }
      ),
      group("for_you", titles.for_you, forYou, {
        personalized: forYou.items.some((item) => item.reason !== "best_seller"),
      }),
    ],
  }
}
