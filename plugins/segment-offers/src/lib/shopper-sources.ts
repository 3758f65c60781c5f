import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  cartShopperUsedPromotion,
  customersWithGroupsAndCountry,
  type MedusaDb,
  openCartFacts,
  promotionStates,
  promotionsByCode,
  registeredCustomerOfCart,
} from "@touchpoints/core/medusa-tables"
import { VISITOR_MODULE, type VisitorModuleService } from "@touchpoints/core/modules/visitor"
import { SEGMENT_OFFERS_MODULE } from "../modules/segment-offers"
import type { PromotionState } from "../modules/segment-offers/lib/pick-offer"
import type { ProfileFactsRow, ShopperContext } from "../modules/segment-offers/lib/profile-facts"
import { toPromotionState } from "../modules/segment-offers/lib/promotion-state"
import type { LiveOffer } from "../modules/segment-offers/lib/types"
import type SegmentOffersModuleService from "../modules/segment-offers/service"

/**
 * Where what rules read about a shopper comes from: core's visitor service (profiles), Medusa's cart, customer,
 * promotion and order tables (core's Medusa-table queries, on Medusa's connection) and this plugin's module.
 * Resolved from the container of the route, step or job that asks.
 */
export type ShopperSources = { db: MedusaDb; visitors: VisitorModuleService; offers: SegmentOffersModuleService }

/** Medusa's PostgreSQL connection, which core's Medusa-table queries run on. */
export function medusaDbOf(container: Pick<MedusaContainer, "resolve">): MedusaDb {
  return container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as MedusaDb
}

export function shopperSourcesOf(container: Pick<MedusaContainer, "resolve">): ShopperSources {
  return {
    db: medusaDbOf(container),
    visitors: container.resolve<VisitorModuleService>(VISITOR_MODULE),
    offers: container.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE),
  }
}

export type CartContext = NonNullable<ShopperContext["cart"]> & { customer_id: string | null; has_account: boolean }

/** Current state of promotions by id: status, usage limit, value, campaign dates and budget. */
export async function promotionStatesOf(db: MedusaDb, ids: string[]): Promise<Map<string, PromotionState>> {
  const rows = await promotionStates(db, ids)
  return new Map(rows.map((row) => [row.id, toPromotionState(row)]))
}

/** Every offer with its promotion's state (the module's cached list). */
export function liveOffersOf(sources: ShopperSources): Promise<LiveOffer[]> {
  return sources.offers.liveOffers((ids) => promotionStatesOf(sources.db, ids))
}

/**
 * The profile rules read for a shopper: the logged-in customer's own profile; else the visitor's profile,
 * unless it belongs to a customer who is not logged in (a shared device reveals nothing about them).
 */
export async function profileOfShopper(
  sources: ShopperSources,
  shopper: { visitorId: string | null; customerId: string | null }
): Promise<ProfileFactsRow | null> {
  if (shopper.customerId) {
    const own = await sources.visitors.profileFactsOfCustomer(shopper.customerId)
    if (own) return own
  }
  if (!shopper.visitorId) return null
  const row = await sources.visitors.profileFactsOfVisitor(shopper.visitorId)
  if (!row || (row.customer_id && row.customer_id !== shopper.customerId)) return null
  return row
}

/**
 * The shopper a cart belongs to for offers: who applied an offer to it, else its registered customer, else the
 * visitor who first used it (a guest who typed the code; core's association, never whoever names it last, so
 * an event naming someone else's cart id claims nothing).
 */
export async function profileOfCart(sources: ShopperSources, cartId: string): Promise<ProfileFactsRow | null> {
  const claim = await sources.offers.cartClaim(cartId)
  const claimed = claim ? await sources.visitors.profileFactsById(claim.profile_id) : null
  if (claimed) return claimed
  const customerId = await registeredCustomerOfCart(sources.db, cartId)
  const owned = customerId ? await sources.visitors.profileFactsOfCustomer(customerId) : null
  if (owned) return owned
  return sources.visitors.profileFactsOfCartVisitor(cartId)
}

/** What a cart adds to the facts (item subtotal, currency, shipping country), and whose it is; null when gone or completed. */
export async function cartContextOf(db: MedusaDb, cartId: string): Promise<CartContext | null> {
  const row = await openCartFacts(db, cartId)
  if (!row) return null
  return {
    value: row.value,
    currency_code: row.currency_code,
    country_code: row.country_code,
    customer_id: row.customer_id,
    has_account: row.has_account === true,
  }
}

/** Customers' accounts, groups and default countries, by id (one query for any number of them). */
export async function customerContextsOf(
  db: MedusaDb,
  customerIds: string[]
): Promise<Map<string, NonNullable<ShopperContext["customer"]>>> {
  const rows = await customersWithGroupsAndCountry(db, customerIds)
  return new Map(
    rows.map((row) => [
      row.id,
      { has_account: row.has_account, group_ids: row.group_ids, country_code: row.country_code },
    ])
  )
}

/** The offers whose promotion has one of these codes, with their segments (the cart checks' question). */
export async function offersByCode(
  sources: ShopperSources,
  codes: string[]
): Promise<{ id: string; code: string; segment_ids: string[]; once_per_shopper: boolean; promotion_id: string }[]> {
  const promotions = await promotionsByCode(sources.db, codes)
  if (!promotions.length) return []
  const codeOf = new Map(promotions.map((promotion) => [promotion.id, promotion.code]))
  const offers = await sources.offers.offersOfPromotions([...codeOf.keys()])
  return offers.map((offer) => ({ ...offer, code: codeOf.get(offer.promotion_id) as string }))
}

/** Whether the cart's customer or email already placed an order with the promotion (canceled ones aside). */
export function redeemedByCartShopper(db: MedusaDb, promotionId: string, cartId: string): Promise<boolean> {
  return cartShopperUsedPromotion(db, { promotionId, cartId })
}
