import type { RemoteQueryFunction } from "@medusajs/framework/types"
import type { ItemRow, WishlistRow, WishlistWithItems } from "../modules/wishlist/lib/types"
import { cachedVariantFacts } from "./facts-cache"
import { type ItemView, toItemView, toWishlistView, type WishlistView } from "./item-view"
import type { FactsContext, VariantFacts } from "./variant-facts"

type Query = Omit<RemoteQueryFunction, symbol>

/** Where to price an item: the requested region, else the region (or currency) it was saved in. */
function contextOf(item: ItemRow, requested: FactsContext): FactsContext {
  if (requested.region_id) return requested
  const saved = item.saved_price
  if (saved?.region_id) return { region_id: saved.region_id, sales_channel_id: requested.sales_channel_id }
  if (saved?.currency_code) return { currency_code: saved.currency_code, sales_channel_id: requested.sales_channel_id }
  return { sales_channel_id: requested.sales_channel_id }
}

/** Live views of items: one facts lookup per pricing context (usually one for all). */
export async function renderItems(query: Query, items: ItemRow[], requested: FactsContext): Promise<ItemView[]> {
  const groups = new Map<string, { context: FactsContext; items: ItemRow[] }>()
  for (const item of items) {
    const context = contextOf(item, requested)
    const key = `${context.region_id ?? ""}|${context.currency_code ?? ""}`
    const group = groups.get(key) ?? { context, items: [] }
    group.items.push(item)
    groups.set(key, group)
  }
  const factsByItem = new Map<string, VariantFacts | undefined>()
  await Promise.all(
    [...groups.values()].map(async (group) => {
      const facts = await cachedVariantFacts(
        query,
        group.items.map((item) => item.variant_id),
        group.context
      )
      for (const item of group.items) factsByItem.set(item.id, facts.get(item.variant_id))
    })
  )
  return items.map((item) => toItemView(item, factsByItem.get(item.id)))
}

export async function renderWishlists(
  query: Query,
  lists: WishlistWithItems[],
  requested: FactsContext,
  shareToken: (list: WishlistRow) => string | null
): Promise<WishlistView[]> {
  const views = await renderItems(
    query,
    lists.flatMap((list) => list.items),
    requested
  )
  const byId = new Map(views.map((view) => [view.id, view]))
  return lists.map((list) =>
    toWishlistView(
      list,
      list.items.map((item) => byId.get(item.id) as ItemView),
      shareToken
    )
  )
}
