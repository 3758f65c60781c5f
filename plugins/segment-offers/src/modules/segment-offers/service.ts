import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { PersonalDataSubject } from "@touchpoints/core/lib"
import { createAnswerCache, deletePersonalRows, readPersonalRows } from "@touchpoints/core/lib"
import { evaluate, type Verdict } from "./lib/evaluate"
import type { Facts } from "./lib/facts"
import type { ProfileFactsRow } from "./lib/profile-facts"
import { readOffersByCode, readPromotionStates, readRedeemedByCartShopper } from "./lib/promotion-queries"
import type { Rule } from "./lib/rules"
import {
  type CartContext,
  readCartContext,
  readCustomerContexts,
  readProfileByAnyId,
  readProfileOf,
  readProfileOfCart,
  readProfilePage,
} from "./lib/shopper-queries"
import { type OfferStatsQuery, readOfferStats } from "./lib/stats"
import type { LiveOffer, LiveSegment, OfferEventInput } from "./lib/types"
import { Offer } from "./models/offer"
import { OfferCart } from "./models/offer-cart"
import { OfferEvent } from "./models/offer-event"
import { Segment } from "./models/segment"
import { SegmentMember } from "./models/segment-member"
import { parseSegmentOffersOptions, type SegmentOffersOptions } from "./options"
import { segmentOffersPersonalData } from "./repositories/personal-data"

type Manager = SqlEntityManager

const marks = (values: readonly unknown[]) => values.map(() => "?").join(", ")

/**
 * Segments, offers and what they did: the lists the store reads (cached per instance), the shopper's profile
 * and context read from core's profile and Medusa's cart, customer and promotion tables (read-only SQL), the
 * customer memberships the group mirror and the offer email compare against, and the offer funnel counts.
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
  async liveOffers(): Promise<LiveOffer[]> {
    return this.lists.cached("offers", () => this.readLiveOffers())
  }

  @InjectManager()
  protected async readLiveSegments(@MedusaContext() sharedContext: Context = {}): Promise<LiveSegment[]> {
    return (sharedContext.manager as Manager).execute<LiveSegment[]>(
      `SELECT id, name, rule, mirror_to_group, customer_group_id, email_offer FROM tp_segment
        WHERE status = 'active' AND deleted_at IS NULL ORDER BY created_at, id`
    )
  }

  @InjectManager()
  protected async readLiveOffers(@MedusaContext() sharedContext: Context = {}): Promise<LiveOffer[]> {
    const manager = sharedContext.manager as Manager
    const offers = await manager.execute<Omit<LiveOffer, "promotion">[]>(
      `SELECT id, name, segment_ids, promotion_id, priority, status, starts_at, ends_at, placements, content
         FROM tp_offer WHERE deleted_at IS NULL ORDER BY id`
    )
    const states = await readPromotionStates(
      manager,
      offers.map((offer) => offer.promotion_id)
    )
    return offers.map((offer) => ({ ...offer, promotion: states.get(offer.promotion_id) ?? null }))
  }

  /** Current state of promotions by id (uncached: the apply route decides on it). */
  @InjectManager()
  async promotionStates(ids: string[], @MedusaContext() sharedContext: Context = {}) {
    return readPromotionStates(sharedContext.manager as Manager, ids)
  }

  /** The offers whose promotion has one of these codes (for the cart checks), with their segments. */
  @InjectManager()
  async offersByCode(codes: string[], @MedusaContext() sharedContext: Context = {}) {
    return readOffersByCode(sharedContext.manager as Manager, codes)
  }

  /** See `readRedeemedByCartShopper`: whether the cart's customer or email already used the promotion. */
  @InjectManager()
  async redeemedByCartShopper(
    promotionId: string,
    cartId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    return readRedeemedByCartShopper(sharedContext.manager as Manager, promotionId, cartId)
  }

  /** See `readProfileOf`: a customer's own profile, or a visitor's that belongs to nobody else. */
  @InjectManager()
  async profileOf(
    shopper: { visitorId: string | null; customerId: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ProfileFactsRow | null> {
    return readProfileOf(sharedContext.manager as Manager, shopper)
  }

  @InjectManager()
  async findProfile(key: string, @MedusaContext() sharedContext: Context = {}): Promise<ProfileFactsRow | null> {
    return readProfileByAnyId(sharedContext.manager as Manager, key)
  }

  @InjectManager()
  async profileOfCart(cartId: string, @MedusaContext() sharedContext: Context = {}): Promise<ProfileFactsRow | null> {
    return readProfileOfCart(sharedContext.manager as Manager, cartId)
  }

  @InjectManager()
  async cartContext(cartId: string, @MedusaContext() sharedContext: Context = {}): Promise<CartContext | null> {
    return readCartContext(sharedContext.manager as Manager, cartId)
  }

  @InjectManager()
  async customerContexts(customerIds: string[], @MedusaContext() sharedContext: Context = {}) {
    return readCustomerContexts(sharedContext.manager as Manager, customerIds)
  }

  @InjectManager()
  async profilePage(
    input: { afterId: string | null; limit: number; customersOnly: boolean },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ProfileFactsRow[]> {
    return readProfilePage(sharedContext.manager as Manager, input)
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
    input: { cart_id: string; profile_id: string; offer_id: string | null; segment_id: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ previous: { profile_id: string; offer_id: string | null; segment_id: string | null } | null }> {
    const manager = sharedContext.manager as Manager
    const [previous] = await manager.execute<
      { profile_id: string; offer_id: string | null; segment_id: string | null }[]
    >("SELECT profile_id, offer_id, segment_id FROM tp_offer_cart WHERE cart_id = ? AND deleted_at IS NULL", [
      input.cart_id,
    ])
    await manager.execute(
      `INSERT INTO tp_offer_cart (id, cart_id, profile_id, offer_id, segment_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, now(), now())
       ON CONFLICT (cart_id) WHERE deleted_at IS NULL DO UPDATE
         SET profile_id = excluded.profile_id, offer_id = excluded.offer_id, segment_id = excluded.segment_id,
             updated_at = now()`,
      [generateEntityId("", "tpoc"), input.cart_id, input.profile_id, input.offer_id, input.segment_id]
    )
    return { previous: previous ?? null }
  }

  /** Puts a cart's claim back as it was (compensation). */
  @InjectManager()
  async restoreCartClaim(
    cartId: string,
    previous: { profile_id: string; offer_id: string | null; segment_id: string | null } | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const manager = sharedContext.manager as Manager
    if (!previous) {
      await manager.execute("DELETE FROM tp_offer_cart WHERE cart_id = ?", [cartId])
      return
    }
    await manager.execute(
      "UPDATE tp_offer_cart SET profile_id = ?, offer_id = ?, segment_id = ?, updated_at = now() WHERE cart_id = ? AND deleted_at IS NULL",
      [previous.profile_id, previous.offer_id, previous.segment_id, cartId]
    )
  }

  /** The offer and segment a cart's claim names, for attributing its redemption. */
  @InjectManager()
  async cartClaim(cartId: string, @MedusaContext() sharedContext: Context = {}) {
    const [row] = await (sharedContext.manager as Manager).execute<
      { profile_id: string; offer_id: string | null; segment_id: string | null }[]
    >("SELECT profile_id, offer_id, segment_id FROM tp_offer_cart WHERE cart_id = ? AND deleted_at IS NULL", [cartId])
    return row ?? null
  }

  /** Records funnel events; a repeat (same offer, kind and dedupe key) is ignored. Returns the ids inserted. */
  @InjectManager()
  async recordOfferEvents(events: OfferEventInput[], @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    if (!events.length) return []
    const values: unknown[] = []
    for (const event of events) {
      values.push(
        generateEntityId("", "tpoe"),
        event.offer_id,
        event.segment_id,
        event.kind,
        event.dedupe_key,
        event.cart_id ?? null,
        event.order_id ?? null,
        event.amount ?? null,
        event.amount === undefined || event.amount === null
          ? null
          : JSON.stringify({ value: String(event.amount), precision: 20 }),
        event.currency_code ?? null
      )
    }
    const rows = await (sharedContext.manager as Manager).execute<{ id: string }[]>(
      `INSERT INTO tp_offer_event (id, offer_id, segment_id, kind, dedupe_key, cart_id, order_id, amount, raw_amount,
         currency_code, created_at, updated_at)
       VALUES ${events.map(() => "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), now())").join(", ")}
       ON CONFLICT (offer_id, kind, dedupe_key) WHERE deleted_at IS NULL DO NOTHING RETURNING id`,
      values
    )
    return rows.map((row) => row.id)
  }

  /** Deletes funnel events by id (compensation). */
  @InjectManager()
  async forgetOfferEvents(ids: string[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    if (!ids.length) return
    await (sharedContext.manager as Manager).execute(`DELETE FROM tp_offer_event WHERE id IN (${marks(ids)})`, ids)
  }

  /** Shown / clicked / applied / redeemed per offer and segment in a period, with rates and redeemed revenue. */
  @InjectManager()
  async offerStats(input: OfferStatsQuery, @MedusaContext() sharedContext: Context = {}) {
    return readOfferStats(sharedContext.manager as Manager, input)
  }

  /** The stored memberships of these customers: segment ids per customer. */
  @InjectManager()
  async membershipsOf(
    customerIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Map<string, Set<string>>> {
    const memberships = new Map<string, Set<string>>(customerIds.map((id) => [id, new Set()]))
    if (!customerIds.length) return memberships
    const rows = await (sharedContext.manager as Manager).execute<{ segment_id: string; customer_id: string }[]>(
      `SELECT segment_id, customer_id FROM tp_segment_member
        WHERE customer_id IN (${marks(customerIds)}) AND deleted_at IS NULL`,
      customerIds
    )
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
    for (const exit of input.left) {
      await manager.execute("DELETE FROM tp_segment_member WHERE segment_id = ? AND customer_id = ?", [
        exit.segment_id,
        exit.customer_id,
      ])
    }
    if (!input.entered.length) return []
    const values = input.entered.flatMap((entry) => [generateEntityId("", "tpsm"), entry.segment_id, entry.customer_id])
    return manager.execute<{ id: string; segment_id: string; customer_id: string }[]>(
      `INSERT INTO tp_segment_member (id, segment_id, customer_id, entered_at, created_at, updated_at)
       VALUES ${input.entered.map(() => "(?, ?, ?, now(), now(), now())").join(", ")}
       ON CONFLICT (segment_id, customer_id) WHERE deleted_at IS NULL DO NOTHING
       RETURNING id, segment_id, customer_id`,
      values
    )
  }

  /** Notes when members were mailed their segment's offer (by membership id). */
  @InjectManager()
  async markMembersEmailed(memberIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    if (!memberIds.length) return
    await (sharedContext.manager as Manager).execute(
      `UPDATE tp_segment_member SET emailed_at = now(), updated_at = now() WHERE id IN (${marks(memberIds)})`,
      memberIds
    )
  }

  /** Replaces a segment's rule wholesale (the ORM merges json columns on update). */
  @InjectManager()
  async replaceJsonColumn(
    input: {
      table: "tp_segment" | "tp_offer"
      id: string
      column: "rule" | "segment_ids" | "placements" | "content"
      value: unknown
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await (sharedContext.manager as Manager).execute(
      `UPDATE ${input.table} SET ${input.column} = ?::jsonb, updated_at = now() WHERE id = ?`,
      [JSON.stringify(input.value), input.id]
    )
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
