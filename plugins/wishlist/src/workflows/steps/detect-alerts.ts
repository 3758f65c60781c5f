import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadVariantFacts, type VariantFacts } from "../../lib/variant-facts"
import { WISHLIST_MODULE } from "../../modules/wishlist"
import type { Watch, WatchedItem } from "../../modules/wishlist/lib/types"
import type WishlistModuleService from "../../modules/wishlist/service"

export const detectWishlistAlertsStepId = "touchpoints-wishlist-detect-alerts-step"

const PAGE = 500

export type PriceDroppedEvent = {
  wishlist_id: string
  item_id: string
  variant_id: string
  product_id: string | null
  customer_id: string | null
  currency_code: string
  previous_amount: number
  amount: number
}
export type BackInStockEvent = Omit<PriceDroppedEvent, "currency_code" | "previous_amount" | "amount">

type Detected = { price_dropped: PriceDroppedEvent[]; back_in_stock: BackInStockEvent[] }
type Undo = { item_id: string; previous: Watch | null; next: Watch }[]

/** Where an item's price is watched: the region (or currency) it was saved in. */
function contextKey(item: WatchedItem): string {
  return item.saved_price?.region_id
    ? `r:${item.saved_price.region_id}`
    : item.saved_price?.currency_code
      ? `c:${item.saved_price.currency_code}`
      : ""
}

async function factsFor(container: MedusaContainer, items: WatchedItem[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const groups = new Map<string, WatchedItem[]>()
  for (const item of items) groups.set(contextKey(item), [...(groups.get(contextKey(item)) ?? []), item])
  const facts = new Map<string, VariantFacts | undefined>()
  for (const [key, group] of groups) {
    const context = key.startsWith("r:")
      ? { region_id: key.slice(2) }
      : key.startsWith("c:")
        ? { currency_code: key.slice(2) }
        : {}
    const found = await loadVariantFacts(
      query,
      group.map((item) => item.variant_id),
      context
    )
    for (const item of group) facts.set(item.id, found.get(item.variant_id))
  }
  return facts
}

/**
 * Compares each active item's price and stock with what was seen last and records the new state with a
 * compare-and-set: of two workers checking at once only one wins an item, so each change is reported once.
 * Compensation puts the old state back, so a failed run is detected again next time.
 */
export const detectWishlistAlertsStep = createStep(
  detectWishlistAlertsStepId,
  async (input: { variant_ids?: string[] }, { container }) => {
    const wishlists = container.resolve<WishlistModuleService>(WISHLIST_MODULE)
    const detected: Detected = { price_dropped: [], back_in_stock: [] }
    const undo: Undo = []
    let afterId: string | null = null
    for (;;) {
      const page = await wishlists.listWatched({ afterId, limit: PAGE, variantIds: input.variant_ids })
      if (!page.length) break
      afterId = page[page.length - 1].id
      const facts = await factsFor(container, page)
      for (const item of page) {
        const current = facts.get(item.id)
        if (!current || current.availability === "discontinued") continue
        const next: Watch = {
          amount: current.price?.amount ?? null,
          currency_code: current.price?.currency_code ?? null,
          in_stock: current.availability === "in_stock",
        }
        const previous = item.watch
        if (sameWatch(previous, next)) continue
        if (!(await wishlists.compareAndSetWatch(item.id, previous, next))) continue
        undo.push({ item_id: item.id, previous, next })
        const base = {
          wishlist_id: item.wishlist_id,
          item_id: item.id,
          variant_id: item.variant_id,
          product_id: item.product_id,
          customer_id: item.customer_id,
        }
        if (previous && !previous.in_stock && next.in_stock) detected.back_in_stock.push(base)
        if (
          previous?.amount != null &&
          next.amount != null &&
          next.currency_code === previous.currency_code &&
          next.amount < previous.amount
        ) {
          detected.price_dropped.push({
            ...base,
            currency_code: next.currency_code as string,
            previous_amount: previous.amount,
            amount: next.amount,
          })
        }
      }
      if (page.length < PAGE) break
    }
    return new StepResponse(detected, undo)
  },
  async (undo: Undo | undefined, { container }) => {
    const wishlists = container.resolve<WishlistModuleService>(WISHLIST_MODULE)
    for (const entry of undo ?? []) await wishlists.compareAndSetWatch(entry.item_id, entry.next, entry.previous)
  }
)

function sameWatch(a: Watch | null, b: Watch): boolean {
  return !!a && a.amount === b.amount && a.currency_code === b.currency_code && a.in_stock === b.in_stock
}
