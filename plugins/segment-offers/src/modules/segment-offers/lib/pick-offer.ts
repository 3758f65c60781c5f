/** The parts of a Medusa promotion (and its campaign) that decide whether and how much an offer gives. */
export type PromotionState = {
  id: string
  code: string
  status: string
  /** The promotion's own usage limit (Medusa 2.21), when it has one. */
  usage: { limit: number; used: number } | null
  type: "fixed" | "percentage"
  value: number
  currency_code: string | null
  campaign: {
    starts_at: Date | string | null
    ends_at: Date | string | null
    budget: { type: string; limit: number | null; used: number } | null
  } | null
}

export type OfferCandidate = {
  id: string
  priority: number
  status: string
  segment_ids: string[]
  placements: string[]
  starts_at: Date | string | null
  ends_at: Date | string | null
  promotion: PromotionState | null
}

/** Worth is compared on this basket when the shopper has no cart (a 10 % offer is "worth 10"). */
export const REFERENCE_BASKET = 100

const before = (at: Date | string | null, now: Date) => at !== null && new Date(at).getTime() > now.getTime()
const after = (at: Date | string | null, now: Date) => at !== null && new Date(at).getTime() <= now.getTime()

/** Why an offer cannot be given now, or null when it can (its schedule, its promotion, the campaign budget). */
export function unavailableBecause(offer: OfferCandidate, now: Date): string | null {
  if (offer.status !== "active") return "the offer is paused"
  if (before(offer.starts_at, now)) return "the offer has not started"
  if (after(offer.ends_at, now)) return "the offer has ended"
  const promotion = offer.promotion
  if (!promotion) return "its promotion was deleted"
  if (promotion.status !== "active") return `its promotion is ${promotion.status}`
  if (promotion.usage && promotion.usage.used >= promotion.usage.limit) return "its promotion is used up"
  const campaign = promotion.campaign
  if (campaign) {
    if (before(campaign.starts_at, now)) return "its campaign has not started"
    if (after(campaign.ends_at, now)) return "its campaign has ended"
    const budget = campaign.budget
    if (budget && budget.limit !== null && Number(budget.used) >= Number(budget.limit)) {
      return "its campaign budget is used up"
    }
  }
  return null
}

/** What the offer is worth to this shopper, in their cart's currency (a fixed amount in another currency is 0). */
export function worthOf(promotion: PromotionState, cart: { value: number; currency_code: string } | null): number {
  if (promotion.type === "percentage") {
    const basket = cart ? cart.value : REFERENCE_BASKET
    return Math.round(((basket * promotion.value) / 100) * 100) / 100
  }
  if (cart && promotion.currency_code && promotion.currency_code.toLowerCase() !== cart.currency_code.toLowerCase()) {
    return 0
  }
  return promotion.value
}

export type RankedOffer<T extends OfferCandidate> = { offer: T; segment_id: string; worth: number }

/**
 * The offers a shopper may have, best first: highest priority, then greatest worth, then id (so two
 * instances always pick the same). Each is attributed to the first of its segments the shopper is in.
 */
export function rankOffers<T extends OfferCandidate>(
  offers: T[],
  memberOf: ReadonlySet<string>,
  options: { placement?: string; cart: { value: number; currency_code: string } | null; now: Date }
): RankedOffer<T>[] {
  const ranked: RankedOffer<T>[] = []
  for (const offer of offers) {
    const segmentId = offer.segment_ids.find((id) => memberOf.has(id))
    if (!segmentId || unavailableBecause(offer, options.now)) continue
    if (options.placement && !offer.placements.includes(options.placement)) continue
    ranked.push({ offer, segment_id: segmentId, worth: worthOf(offer.promotion as PromotionState, options.cart) })
  }
  return ranked.sort(
    (a, b) =>
      b.offer.priority - a.offer.priority ||
      b.worth - a.worth ||
      (a.offer.id < b.offer.id ? -1 : a.offer.id > b.offer.id ? 1 : 0)
  )
}
