import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { createAnswerCache } from "@touchpoints/core/lib/answer-cache"
import { evaluate, type Verdict } from "./lib/evaluate"
import type { Facts } from "./lib/facts"
import type { PromotionState } from "./lib/pick-offer"
import type { ProfileFactsRow, ShopperContext } from "./lib/profile-facts"
import type { Rule } from "./lib/rules"
import { type OfferStatsQuery, readOfferStats } from "./lib/stats"
import type { LiveOffer, LiveSegment, OfferEventInput } from "./lib/types"
import { Offer } from "./models/offer"
import { OfferCart } from "./models/offer-cart"
import { OfferEvent } from "./models/offer-event"
import { Segment } from "./models/segment"
import { SegmentMember } from "./models/segment-member"
import { parseSegmentOffersOptions, type SegmentOffersOptions } from "./options"

type Manager = SqlEntityManager

const marks = (values: readonly unknown[]) => values.map(() => "?").join(", ")

const PROFILE_COLUMNS = `p.id, p.customer_id, p.visits, p.visits_since_last_order, p.first_seen_at, p.last_order_at,
  p.order_count, p.total_spent, p.first_utm, p.last_utm, p.category_views, p.last_cart_id`

const PROMOTION_STATE = `
  SELECT p.id, p.code, p.status, p."limit"::float AS usage_limit, COALESCE(p.used, 0)::float AS usage_used, am.type, am.value::float AS value, am.currency_code,
         c.id AS campaign_id, c.starts_at, c.ends_at, b.type AS budget_type, b."limit"::float AS budget_limit,
         COALESCE(b.used, 0)::float AS budget_used
    FROM promotion p
    LEFT JOIN promotion_application_method am ON am.promotion_id = p.id AND am.deleted_at IS NULL
    LEFT JOIN promotion_campaign c ON c.id = p.campaign_id AND c.deleted_at IS NULL
    LEFT JOIN promotion_campaign_budget b ON b.campaign_id = c.id AND b.deleted_at IS NULL
   WHERE p.deleted_at IS NULL AND p.id IN `

type PromotionStateRow = {
  id: string
  code: string
  status: string
  usage_limit: number | null
  usage_used: number
  type: "fixed" | "percentage" | null
  value: number | null
  currency_code: string | null
  campaign_id: string | null
  starts_at: Date | null
  ends_at: Date | null
  budget_type: string | null
  budget_limit: number | null
  budget_used: number
}

const toPromotionState = (row: PromotionStateRow): PromotionState => ({
  id: row.id,
  code: row.code,
  status: row.status,
  usage: row.usage_limit === null ? null : { limit: row.usage_limit, used: row.usage_used },
  type: row.type ?? "fixed",
  value: row.value ?? 0,
  currency_code: row.currency_code,
  campaign: row.campaign_id
    ? {
        starts_at: row.starts_at,
        ends_at: row.ends_at,
        budget: row.budget_type ? { type: row.budget_type, limit: row.budget_limit, used: row.budget_used } : null,
      }
    : null,
})

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
    this.lists = createAnswerCache({ ttlSeconds: this.settings.cacheSeconds, maxKeys: 10 })
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
    const states = await this.readPromotionStates(
      manager,
      offers.map((offer) => offer.promotion_id)
    )
    return offers.map((offer) => ({ ...offer, promotion: states.get(offer.promotion_id) ?? null }))
  }

  /** Current state of promotions by id (uncached: the apply route decides on it). */
  @InjectManager()
  async promotionStates(ids: string[], @MedusaContext() sharedContext: Context = {}) {
    return this.readPromotionStates(sharedContext.manager as Manager, ids)
  }

  protected async readPromotionStates(manager: Manager, ids: string[]): Promise<Map<string, PromotionState>> {
    const unique = [...new Set(ids)]
    if (!unique.length) return new Map()
    const rows = await manager.execute<PromotionStateRow[]>(`${PROMOTION_STATE} (${marks(unique)})`, unique)
    return new Map(rows.map((row) => [row.id, toPromotionState(row)]))
  }

  /** The offers whose promotion has one of these codes (for the cart checks), with their segments. */
  @InjectManager()
  async offersByCode(
    codes: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; code: string; segment_ids: string[] }[]> {
    if (!codes.length) return []
    return (sharedContext.manager as Manager).execute(
      `SELECT o.id, p.code, o.segment_ids FROM tp_offer o
         JOIN promotion p ON p.id = o.promotion_id AND p.deleted_at IS NULL
        WHERE o.deleted_at IS NULL AND p.code IN (${marks(codes)})`,
      codes
    )
  }

  /**
   * The profile rules read for a shopper: the logged-in customer's own profile; else the visitor's profile,
   * unless it belongs to a customer who is not logged in (a shared device reveals nothing about them).
   */
  @InjectManager()
  async profileOf(
    shopper: { visitorId: string | null; customerId: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ProfileFactsRow | null> {
    const manager = sharedContext.manager as Manager
    if (shopper.customerId) {
      const [own] = await manager.execute<ProfileFactsRow[]>(
        `SELECT ${PROFILE_COLUMNS} FROM tp_visitor_profile p WHERE p.customer_id = ? AND p.deleted_at IS NULL`,
        [shopper.customerId]
      )
      if (own) return own
    }
    if (!shopper.visitorId) return null
    const [row] = await manager.execute<ProfileFactsRow[]>(
      `SELECT ${PROFILE_COLUMNS} FROM tp_visitor_identity i
         JOIN tp_visitor_profile p ON p.id = i.profile_id AND p.deleted_at IS NULL
        WHERE i.anonymous_id = ? AND i.deleted_at IS NULL`,
      [shopper.visitorId]
    )
    if (!row || (row.customer_id && row.customer_id !== shopper.customerId)) return null
    return row
  }

  /** A profile by its id, a customer id or an anonymous visitor id (the admin's lookup). */
  @InjectManager()
  async findProfile(key: string, @MedusaContext() sharedContext: Context = {}): Promise<ProfileFactsRow | null> {
    const [row] = await (sharedContext.manager as Manager).execute<ProfileFactsRow[]>(
      `SELECT ${PROFILE_COLUMNS} FROM tp_visitor_profile p
        WHERE p.deleted_at IS NULL AND (p.id = ? OR p.customer_id = ? OR p.id = (
          SELECT i.profile_id FROM tp_visitor_identity i WHERE i.anonymous_id = ? AND i.deleted_at IS NULL))
        LIMIT 1`,
      [key, key, key]
    )
    return row ?? null
  }

  @InjectManager()
  async profileById(id: string, @MedusaContext() sharedContext: Context = {}): Promise<ProfileFactsRow | null> {
    const [row] = await (sharedContext.manager as Manager).execute<ProfileFactsRow[]>(
      `SELECT ${PROFILE_COLUMNS} FROM tp_visitor_profile p WHERE p.id = ? AND p.deleted_at IS NULL`,
      [id]
    )
    return row ?? null
  }

  /** The shopper a cart belongs to for offers: who applied an offer to it, else its registered customer. */
  @InjectManager()
  async profileOfCart(cartId: string, @MedusaContext() sharedContext: Context = {}): Promise<ProfileFactsRow | null> {
    const manager = sharedContext.manager as Manager
    const [claimed] = await manager.execute<ProfileFactsRow[]>(
      `SELECT ${PROFILE_COLUMNS} FROM tp_offer_cart oc
         JOIN tp_visitor_profile p ON p.id = oc.profile_id AND p.deleted_at IS NULL
        WHERE oc.cart_id = ? AND oc.deleted_at IS NULL`,
      [cartId]
    )
    if (claimed) return claimed
    const [owned] = await manager.execute<ProfileFactsRow[]>(
      `SELECT ${PROFILE_COLUMNS} FROM cart c
         JOIN customer cu ON cu.id = c.customer_id AND cu.has_account
         JOIN tp_visitor_profile p ON p.customer_id = cu.id AND p.deleted_at IS NULL
        WHERE c.id = ?`,
      [cartId]
    )
    if (owned) return owned
    // a guest who typed the code: the profile whose latest tracked cart this is
    const [tracked] = await manager.execute<ProfileFactsRow[]>(
      `SELECT ${PROFILE_COLUMNS} FROM tp_visitor_profile p
        WHERE p.last_cart_id = ? AND p.deleted_at IS NULL ORDER BY p.last_seen_at DESC NULLS LAST LIMIT 1`,
      [cartId]
    )
    return tracked ?? null
  }

  /** What a cart adds to the facts, and whose it is; null for an unknown or completed cart. */
  @InjectManager()
  async cartContext(
    cartId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<(NonNullable<ShopperContext["cart"]> & { customer_id: string | null; has_account: boolean }) | null> {
    const [row] = await (sharedContext.manager as Manager).execute<
      {
        currency_code: string
        country_code: string | null
        customer_id: string | null
        has_account: boolean | null
        value: number
      }[]
    >(
      `SELECT c.currency_code, a.country_code, c.customer_id, cu.has_account,
              COALESCE((SELECT SUM(li.unit_price * li.quantity) FROM cart_line_item li
                         WHERE li.cart_id = c.id AND li.deleted_at IS NULL), 0)::float AS value
         FROM cart c
         LEFT JOIN cart_address a ON a.id = c.shipping_address_id
         LEFT JOIN customer cu ON cu.id = c.customer_id
        WHERE c.id = ? AND c.deleted_at IS NULL AND c.completed_at IS NULL`,
      [cartId]
    )
    if (!row) return null
    return {
      value: row.value,
      currency_code: row.currency_code,
      country_code: row.country_code,
      customer_id: row.customer_id,
      has_account: row.has_account === true,
    }
  }

  /** Customers' accounts, groups and default countries, by id. */
  @InjectManager()
  async customerContexts(
    customerIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Map<string, NonNullable<ShopperContext["customer"]>>> {
    const ids = [...new Set(customerIds)]
    if (!ids.length) return new Map()
    const rows = await (sharedContext.manager as Manager).execute<
      { id: string; has_account: boolean; group_ids: string[] | null; country_code: string | null }[]
    >(
      `SELECT cu.id, cu.has_account,
              (SELECT array_agg(g.customer_group_id ORDER BY g.customer_group_id) FROM customer_group_customer g
                WHERE g.customer_id = cu.id AND g.deleted_at IS NULL) AS group_ids,
              (SELECT a.country_code FROM customer_address a WHERE a.customer_id = cu.id AND a.deleted_at IS NULL
                ORDER BY a.is_default_shipping DESC, a.created_at LIMIT 1) AS country_code
         FROM customer cu WHERE cu.id IN (${marks(ids)}) AND cu.deleted_at IS NULL`,
      ids
    )
    return new Map(
      rows.map((row) => [
        row.id,
        { has_account: row.has_account, group_ids: row.group_ids ?? [], country_code: row.country_code },
      ])
    )
  }

  /** One page of profiles after `afterId` (every profile, or only customers'), for previews and the sync job. */
  @InjectManager()
  async profilePage(
    input: { afterId: string | null; limit: number; customersOnly: boolean },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ProfileFactsRow[]> {
    return (sharedContext.manager as Manager).execute<ProfileFactsRow[]>(
      `SELECT ${PROFILE_COLUMNS} FROM tp_visitor_profile p
        WHERE p.deleted_at IS NULL AND p.id > ? ${input.customersOnly ? "AND p.customer_id IS NOT NULL" : ""}
        ORDER BY p.id LIMIT ?`,
      [input.afterId ?? "", input.limit]
    )
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

  /** Marks a member as emailed; false when another worker did first (the claim before the send). */
  @InjectManager()
  async claimMemberEmail(
    input: { segment_id: string; customer_id: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const rows = await (sharedContext.manager as Manager).execute<{ id: string }[]>(
      `UPDATE tp_segment_member SET emailed_at = now(), updated_at = now()
        WHERE segment_id = ? AND customer_id = ? AND emailed_at IS NULL AND deleted_at IS NULL RETURNING id`,
      [input.segment_id, input.customer_id]
    )
    return rows.length > 0
  }

  /** Members of a segment (for re-linking a mirror group). */
  @InjectManager()
  async membersOfSegment(segmentId: string, @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    const rows = await (sharedContext.manager as Manager).execute<{ customer_id: string }[]>(
      "SELECT customer_id FROM tp_segment_member WHERE segment_id = ? AND deleted_at IS NULL ORDER BY customer_id",
      [segmentId]
    )
    return rows.map((row) => row.customer_id)
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
}
