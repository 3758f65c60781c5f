import { MedusaError } from "@medusajs/framework/utils"
import type { Verdict } from "../modules/segment-offers/lib/evaluate"
import type { Facts } from "../modules/segment-offers/lib/facts"
import { type RankedOffer, rankOffers } from "../modules/segment-offers/lib/pick-offer"
import { factsOf, type ProfileFactsRow } from "../modules/segment-offers/lib/profile-facts"
import type { LiveOffer } from "../modules/segment-offers/lib/types"
import {
  cartContextOf,
  customerContextsOf,
  liveOffersOf,
  profileOfShopper,
  type ShopperSources,
} from "./shopper-sources"

export type Shopper = {
  profile: ProfileFactsRow | null
  facts: Facts
  cart: { value: number; currency_code: string; country_code: string | null } | null
}

/**
 * Everything rules read about the shopper making a request: their profile (see `profileOfShopper`), their cart
 * when named, their customer record when logged in. A registered customer's cart is theirs alone: anyone else
 * gets the same 404 as for an unknown cart.
 */
export async function resolveShopper(
  sources: ShopperSources,
  input: { visitorId: string | null; customerId: string | null; cartId?: string | null }
): Promise<Shopper> {
  const [cart, profile, customers] = await Promise.all([
    input.cartId ? cartContextOf(sources.db, input.cartId) : Promise.resolve(null),
    profileOfShopper(sources, { visitorId: input.visitorId, customerId: input.customerId }),
    customerContextsOf(sources.db, input.customerId ? [input.customerId] : []),
  ])
  if (input.cartId && (!cart || (cart.has_account && cart.customer_id !== input.customerId))) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${input.cartId} was not found`)
  }
  const customer = input.customerId ? (customers.get(input.customerId) ?? null) : null
  return { profile, cart, facts: factsOf(profile, { cart, customer }) }
}

/** The profile's facts for a cart check or a job, where the profile is already known. */
export async function factsOfProfile(
  sources: ShopperSources,
  profile: ProfileFactsRow | null,
  cart: Shopper["cart"]
): Promise<Facts> {
  const customers = await customerContextsOf(sources.db, profile?.customer_id ? [profile.customer_id] : [])
  const customer = profile?.customer_id ? (customers.get(profile.customer_id) ?? null) : null
  return factsOf(profile, { cart, customer })
}

/** The segments the facts satisfy and the offers they earn, best first. */
export async function offersFor(
  sources: ShopperSources,
  facts: Facts,
  options: { placement?: string; cart: Shopper["cart"]; now?: Date }
): Promise<{ verdicts: Map<string, Verdict>; ranked: RankedOffer<LiveOffer>[] }> {
  const [segments, offers] = await Promise.all([sources.offers.liveSegments(), liveOffersOf(sources)])
  const verdicts = sources.offers.segmentsOf(segments, facts)
  const ranked = rankOffers(offers, new Set(verdicts.keys()), {
    placement: options.placement,
    cart: options.cart,
    now: options.now ?? new Date(),
  })
  return { verdicts, ranked }
}
