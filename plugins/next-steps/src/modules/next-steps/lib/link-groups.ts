import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { type BuyableProduct, snapshotBuyableCheck } from "@touchpoints/core/lib"
import type { GroupKey } from "../options"
import type { CurationRow, GroupSettingsValue } from "../service"
import { brandCandidates } from "./brand-candidates"
import { type Candidate, candidatesFrom, candidatesOf } from "./candidates"
import { NEIGHBOURHOOD_CAP } from "./catalog-queries"
import { catalogueIndex } from "./catalogue-index"
import { type CandidateList, type FilledGroup, fillGroup } from "./fill-group"
import { forYouCandidates, type VisitorTaste } from "./for-you-candidates"
import { cachedGroups } from "./group-cache"
import type { ProductFacets } from "./product-facets"
import { rankSimilar, similarNeighbourhoods } from "./similar-candidates"
import { bestSellers, byPopularity, unitsSold } from "./units-sold"

type Query = Omit<RemoteQueryFunction, symbol>

export type NextStepsRequest = {
  product: ProductFacets
  /** Links per group for every group; the owner's sizes when left out. */
  limit?: number
  region_id?: string | null
  sales_channel_id?: string | null
  /** The visitor's taste, or null for a new (or anonymous and unknown) visitor. */
  taste: VisitorTaste | null
  groups: GroupSettingsValue
  brandlessTitle: string
  curations: CurationRow[]
  /** Replaces the "similar" candidates (an unknown handle: products matching its words). */
  similar?: Candidate[]
  /** Every product buyable in the region and sales channel, when the caller has them (the audit's many pages). */
  buyable?: Map<string, BuyableProduct>
}

/** One list after another, without copying them. */
function* concat<T>(...lists: T[][]): Generator<T> {
  for (const list of lists) yield* list
}

/** Marks a filled group's products used, so a later group does not show them again. */
function useAll(used: Set<string>, group: FilledGroup): void {
  for (const item of group.items) used.add(item.product_id)
}

/** The owner's pins of a group as candidates, and its exclusions. */
function curated(curations: CurationRow[], group: GroupKey) {
  const mine = curations.filter((row) => row.group === group)
  return {
    pins: candidatesOf(
      mine.filter((row) => row.action === "pin").map((row) => row.target_id),
      "pinned"
    ),
    exclude: new Set(mine.filter((row) => row.action === "exclude").map((row) => row.target_id)),
  }
}

/**
 * The three link groups of a product page: similar, the brand's popular products, and "for you". Groups are
 * filled in that order (a product wanted by two groups goes to the earlier one), shown in the owner's order;
 * no product twice, never the product itself, only products the shopper can buy; the owner's pins first and
 * exclusions never; each group falls back to wider sources (and says so) until it is full, as long as the
 * catalog has enough to offer.
 */
export async function nextStepsFor(container: MedusaContainer, query: Query, request: NextStepsRequest) {
  const { product, groups: settings } = request
  const size = (group: GroupKey) => request.limit ?? settings.groups[group].size
  const context = { region_id: request.region_id, sales_channel_id: request.sales_channel_id }
  const check = snapshotBuyableCheck(container)
  const units = await unitsSold(container)
  const cacheKey = [
    product.id || `handle:${product.handle}`,
    context.region_id ?? "",
    context.sales_channel_id ?? "",
    size("similar"),
    size("brand"),
  ].join("|")
  const shared = await cachedGroups(cacheKey, async () => {
    const known = request.buyable
    // the page read its product's status just now: a product that is not published is not buyable, whatever an
    // older snapshot entry says until its change event is handled
    const anchor =
      !product.id || product.status !== "published"
        ? undefined
        : (known ?? (await check([product.id], context))).get(product.id)
    const soldOut = !anchor?.in_stock
    const used = new Set([product.id])
    const index = await catalogueIndex(container)
    const rest = byPopularity(index.newest.slice(0, NEIGHBOURHOOD_CAP), units)
    const fallback = () => candidatesFrom(concat(bestSellers(units), rest), "best_seller", product.id)
    const similarOwn = request.similar ?? rankSimilar(product, similarNeighbourhoods(index, product), units)
    const similarCurated = curated(request.curations, "similar")
    const similar = await fillGroup(
      check,
      [
        { candidates: similarCurated.pins, fallback: null },
        { candidates: similarOwn, fallback: null },
        { candidates: fallback(), fallback: "best_sellers" },
      ],
      {
        ...context,
        used,
        exclude: similarCurated.exclude,
        limit: size("similar"),
        inStockFirst: soldOut && !!product.id,
        known,
      }
    )
    useAll(used, similar)
    const { brand, brandCategory } = brandCandidates(index, product, units)
    const brandCurated = curated(request.curations, "brand")
    const brandGroup = await fillGroup(
      check,
      [
        { candidates: brandCurated.pins, fallback: null },
        { candidates: brand, fallback: null },
        { candidates: brandCategory, fallback: "brand_category" },
        { candidates: fallback(), fallback: "best_sellers" },
      ],
      { ...context, used, exclude: brandCurated.exclude, limit: size("brand"), known }
    )
    useAll(used, brandGroup)
    // the newest products, not the whole fallback list: cached entries stay small (the best sellers are shared)
    return { soldOut, anchorBuyable: !!anchor, similar, brand: brandGroup, used: [...used], rest }
  })
  // "for you" is for discovery: not what the visitor just looked at or saved
  const used = new Set([
    ...shared.used,
    ...(request.taste?.recent_product_ids ?? []),
    ...(request.taste?.saved_product_ids ?? []),
  ])
  const personal = request.taste ? await forYouCandidates(container, query, request.taste, units) : []
  const forYouCurated = curated(request.curations, "for_you")
  const lists: CandidateList[] = [
    { candidates: forYouCurated.pins, fallback: null },
    { candidates: personal, fallback: null },
    {
      candidates: candidatesFrom(concat(bestSellers(units), shared.rest), "best_seller", product.id),
      fallback: "best_sellers",
    },
  ]
  const forYou = await fillGroup(check, lists, {
    ...context,
    used,
    exclude: forYouCurated.exclude,
    limit: size("for_you"),
    known: request.buyable,
  })

  const group = (key: GroupKey, title: string, filled: FilledGroup, extra: Record<string, unknown>) => ({
    key,
    title,
    fallback: filled.fallback,
    ...extra,
    items: filled.items,
  })
  const built: Record<GroupKey, ReturnType<typeof group>> = {
    similar: group("similar", settings.groups.similar.title, shared.similar, {
      in_stock_first: shared.soldOut && !!product.id,
    }),
    brand: group(
      "brand",
      product.brand ? settings.groups.brand.title.replace("{brand}", product.brand.name) : request.brandlessTitle,
      shared.brand,
      { brand: product.brand }
    ),
    for_you: group("for_you", settings.groups.for_you.title, forYou, {
      personalized: forYou.items.some((item) => item.reason !== "best_seller" && item.reason !== "pinned"),
    }),
  }
  return {
    product: {
      id: product.id || null,
      handle: product.handle,
      title: product.title,
      status: product.status,
      discontinued: product.discontinued,
      buyable: shared.anchorBuyable,
      sold_out: shared.soldOut,
    },
    groups: settings.group_order.map((key) => built[key]),
  }
}
