import type { OfferContent } from "../models/offer"
import type { OfferCandidate } from "./pick-offer"
import type { Rule } from "./rules"

/** An active segment as the store evaluates it. */
export type LiveSegment = {
  id: string
  name: string
  rule: Rule
  mirror_to_group: boolean
  customer_group_id: string | null
  email_offer: boolean
}

/** An offer as the store ranks it, with its promotion's state at the time the list was read. */
export type LiveOffer = OfferCandidate & {
  name: string
  promotion_id: string
  content: OfferContent
}

export type OfferEventKind = "shown" | "clicked" | "applied" | "redeemed"

export type OfferEventInput = {
  offer_id: string
  segment_id: string | null
  kind: OfferEventKind
  dedupe_key: string
  cart_id?: string | null
  order_id?: string | null
  amount?: number | null
  currency_code?: string | null
}
