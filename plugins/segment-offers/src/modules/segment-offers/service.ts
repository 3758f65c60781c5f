import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { PersonalDataSubject } from "@touchpoints/core/lib"
import { createAnswerCache, deletePersonalRows, readPersonalRows } from "@touchpoints/core/lib"
import { evaluate, type Verdict } from "./lib/evaluate"
import type { Facts } from "./lib/facts"
import type { PromotionState } from "./lib/pick-offer"
import type { Rule } from "./lib/rules"
import { offerStatsOf } from "./lib/stats"
import type { LiveOffer, LiveSegment, OfferEventInput } from "./lib/types"
import { Offer } from "./models/offer"
import { OfferCart } from "./models/offer-cart"
import { OfferEvent } from "./models/offer-event"
import { Segment } from "./models/segment"
import { SegmentMember } from "./models/segment-member"
import { parseSegmentOffersOptions, type SegmentOffersOptions } from "./options"
import { type CartClaim, offerCarts } from "./repositories/offer-carts"
import { type OfferStatsQuery, offerEvents } from "./repositories/offer-events"
import { type OfferOfPromotion, offerRows } from "./repositories/offers"
import { segmentOffersPersonalData } from "./repositories/personal-data"
import { segmentMembers } from "./repositories/segment-members"
import { segmentRows } from "./repositories/segments"

type Manager = SqlEntityManager

/** Reads the current state of promotions by id (the caller's: Medusa's tables are read outside this module). */
export type PromotionStatesOf = (promotionIds: string[]) => Promise<Map<string, PromotionState>>

/**
 * Segments, offers and what they did: the lists the store reads (cached per instance), the customer
 * memberships the group mirror and the offer email compare against, the carts offers were applied to, and the
 * offer funnel counts. What a shopper is (profile, cart, customer, promotions) is read by the callers, from
 * core's visitor service and Medusa's tables, and handed in.
 */
export default class SegmentOffersModuleService extends MedusaService({
  Segment,
  Offer,
  SegmentMember,
  OfferEvent,
  OfferCart,
}) {
  readonly settings: SegmentOffersOptions
  protected readonly lists

  constructor(container: Record<string, unknown>, options: unknown) {
    super(container)
    this.settings = parseSegmentOffersOptions(options)
    this.lists = createAnswerCache({
      name: "segment-offers:lists",
      ttlSeconds: this.settings.cacheSeconds,
      maxKeys: 10,
    })
  }

  /** Forgets the cached lists (after an admin change on this instance). */
  flushLists(): void {
    this.lists.flush()
  }

  /** Active segments, oldest first (cached). */
  async liveSegments(): Promise<LiveSegment[]> {
    return this.lists.cached("segments", () => this.readLiveSegments())
  }

  /** Every offer with its promotion's current state (cached): availability is decided per request. */
  async liveOffers(promotionStatesOf: PromotionStatesOf): Promise<LiveOffer[]> {
    return this.lists.cached("offers", async () => {
      const offers = await this.readAllOffers()
      const states = await promotionStatesOf(offers.map((offer) => offer.promotion_id))
      return offers.map((offer) => ({ ...offer, promotion: states.get(offer.promotion_id) ?? null }))
    })
  }

  @InjectManager()
  protected async readLiveSegments(@MedusaContext() sharedContext: Context = {}): Promise<LiveSegment[]> {
    return segmentRows.live(sharedContext.manager as Manager)
  }

  @InjectManager()
  protected async readAllOffers(@MedusaContext() sharedContext: Context = {}) {
    return offerRows.all(sharedContext.manager as Manager)
  }

  /** The offers handing out one of these promotions (for the cart checks and the redemption count). */
  @InjectManager()
  async offersOfPromotions(
    promotionIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<OfferOfPromotion[]> {
    return offerRows.ofPromotions(sharedContext.manager as Manager, promotionIds)
  }

  /** Each segment a shopper's facts satisfy, with the reasons. */
  segmentsOf(segments: LiveSegment[], facts: Facts): Map<string, Verdict> {
    const matched = new Map<string, Verdict>()
    for (const segment of segments) {
      const verdict = evaluate(segment.rule as Rule, facts)
      if (verdict.matched) matched.set(segment.id, verdict)
    }
    return matched
  }

  /** Remembers who a cart belongs to for offers (the latest shopper to apply one wins). */
  @InjectManager()
  async claimCart(
    input: CartClaim & { cart_id: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ previous: CartClaim | null }> {
    const manager = sharedContext.manager as Manager
    const previous = await offerCarts.claimOf(manager, input.cart_id)
    await offerCarts.upsert(manager, input)
    return { previous }
  }

  /** Puts a cart's claim back as it was (compensation). */
  @InjectManager()
  async restoreCartClaim(
    cartId: string,
    previous: CartClaim | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await offerCarts.restore(sharedContext.manager as Manager, cartId, previous)
  }

  /** The profile, offer and segment a cart's claim names (whose cart it is; which offer its redemption counts for). */
  @InjectManager()
  async cartClaim(cartId: string, @MedusaContext() sharedContext: Context = {}): Promise<CartClaim | null> {
    return offerCarts.claimOf(sharedContext.manager as Manager, cartId)
  }

  /** Records funnel events; a repeat (same offer, kind and dedupe key) is ignored. Returns the ids inserted. */
  @InjectManager()
  async recordOfferEvents(events: OfferEventInput[], @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    return offerEvents.record(sharedContext.manager as Manager, events)
  }

  /** Deletes funnel events by id (compensation). */
  @InjectManager()
  async forgetOfferEvents(ids: string[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await offerEvents.forget(sharedContext.manager as Manager, ids)
  }

  /** Shown / clicked / applied / redeemed per offer and segment in a period, with rates and redeemed revenue. */
  @InjectManager()
  async offerStats(input: OfferStatsQuery, @MedusaContext() sharedContext: Context = {}) {
    return offerStatsOf(input, await offerEvents.stats(sharedContext.manager as Manager, input))
  }

  /** The stored memberships of these customers: segment ids per customer. */
  @InjectManager()
  async membershipsOf(
    customerIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Map<string, Set<string>>> {
    const memberships = new Map<string, Set<string>>(customerIds.map((id) => [id, new Set()]))
    const rows = await segmentMembers.ofCustomers(sharedContext.manager as Manager, customerIds)
    for (const row of rows) memberships.get(row.customer_id)?.add(row.segment_id)
    return memberships
  }

  /** Stores entries and exits; returns the entries actually inserted (a concurrent sync may have won). */
  @InjectManager()
  async applyMembershipChanges(
    input: {
      entered: { segment_id: string; customer_id: string }[]
      left: { segment_id: string; customer_id: string }[]
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; segment_id: string; customer_id: string }[]> {
    const manager = sharedContext.manager as Manager
    await segmentMembers.remove(manager, input.left)
    return segmentMembers.insert(manager, input.entered)
  }

  /** Notes when members were mailed their segment's offer (by membership id). */
  @InjectManager()
  async markMembersEmailed(memberIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await segmentMembers.markEmailed(sharedContext.manager as Manager, memberIds)
  }

  /** Replaces a segment's rule wholesale (the ORM merges json columns on update). */
  @InjectManager()
  async replaceJsonColumn(
    input: {
      table: "tp_offer_segment" | "tp_offer"
      id: string
      column: "rule" | "segment_ids" | "placements" | "content"
      value: unknown
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await offerRows.replaceJson(sharedContext.manager as Manager, input)
  }

  /** Everything segment-offers keeps about a person (core's personal-data export). */
  @InjectManager()
  async personalDataOf(subject: PersonalDataSubject, @MedusaContext() sharedContext: Context = {}) {
    return readPersonalRows(sharedContext.manager as Manager, segmentOffersPersonalData.kinds(subject))
  }

  /** Deletes it (rows, not a soft delete); a second run finds nothing. */
  @InjectTransactionManager()
  async erasePersonalData(subject: PersonalDataSubject, @MedusaContext() sharedContext: Context = {}) {
    return deletePersonalRows(sharedContext.transactionManager as Manager, segmentOffersPersonalData.kinds(subject))
  }
}
