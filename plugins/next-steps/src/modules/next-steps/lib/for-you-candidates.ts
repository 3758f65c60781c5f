import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { type Candidate, candidatesOf } from "./candidates"
import { publishedInCategories } from "./catalog-queries"
import { catalogueIndex } from "./catalogue-index"
import { byPopularity } from "./units-sold"

type Query = Omit<RemoteQueryFunction, symbol>

/** The parts of a visitor's profile that personalise "for you". */
export type VisitorTaste = {
  recent_product_ids: string[]
  category_views: { category_id: string; count: number }[]
  last_cart_id: string | null
  /** Products on the shopper's wishlists (when the wishlist plugin is installed). */
  saved_product_ids: string[]
}

/** Rules the also-bought plugin answers, when it is installed (resolved by name: no hard dependency). */
type AlsoBoughtRules = { rulesFor(productId: string): Promise<{ product_id: string }[]> }

const RECENT_PRODUCTS = 3
const TOP_CATEGORIES = 3
const RULES_PER_PRODUCT = 8

/**
 * Personal candidates, best first: companions (from also-bought, when installed) of what the visitor has in
 * the cart, of what they viewed lately and of what they saved, then best sellers of the categories they view
 * most. Never what they have in the cart, viewed lately or saved already.
 */
export async function forYouCandidates(
  container: MedusaContainer,
  query: Query,
  taste: VisitorTaste,
  units: Map<string, number>
): Promise<Candidate[]> {
  const alsoBought = container.hasRegistration("touchpointsAlsoBought")
    ? container.resolve<AlsoBoughtRules>("touchpointsAlsoBought")
    : null
  const companions = async (
    productIds: string[],
    reason: "bought_with_carted" | "bought_with_viewed" | "bought_with_saved"
  ) => {
    if (!alsoBought) return []
    const lists = await Promise.all(productIds.map((id) => alsoBought.rulesFor(id)))
    return lists.flatMap((rules) =>
      candidatesOf(
        rules.slice(0, RULES_PER_PRODUCT).map((rule) => rule.product_id),
        reason
      ).filter((candidate) => !productIds.includes(candidate.product_id))
    )
  }
  const carted = taste.last_cart_id ? await cartProductIds(query, taste.last_cart_id) : []
  const recent = taste.recent_product_ids.slice(0, RECENT_PRODUCTS)
  const categories = taste.category_views.slice(0, TOP_CATEGORIES).map((view) => view.category_id)
  const inCategories = publishedInCategories(await catalogueIndex(container), categories)
  const saved = taste.saved_product_ids.slice(0, RECENT_PRODUCTS)
  const seenAlready = new Set([...carted, ...recent, ...taste.saved_product_ids])
  return [
    ...(await companions(carted, "bought_with_carted")),
    ...(await companions(recent, "bought_with_viewed")),
    ...(await companions(saved, "bought_with_saved")),
    ...candidatesOf(byPopularity(inCategories, units), "viewed_category"),
  ].filter((candidate) => !seenAlready.has(candidate.product_id))
}

async function cartProductIds(query: Query, cartId: string): Promise<string[]> {
  const { data } = await query.graph({
    entity: "cart",
    fields: ["completed_at", "items.product_id"],
    filters: { id: cartId },
  })
  const cart = data[0] as { completed_at: unknown; items?: { product_id: string | null }[] | null } | undefined
  if (!cart || cart.completed_at) return []
  return [...new Set((cart.items ?? []).map((item) => item?.product_id).filter((id): id is string => !!id))]
}
