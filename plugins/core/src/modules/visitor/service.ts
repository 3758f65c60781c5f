import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { PersonalDataSubject } from "../../lib/personal-data"
import { deletePersonalRows, readPersonalRows } from "../../lib/personal-data-rows"
import type { SigningKeys } from "../../lib/signed-token"
import { newVisitorId } from "../../lib/visitor-token"
import { applyEvents } from "./lib/apply-events"
import { keepsEvent } from "./lib/consent-filter"
import { entityId } from "./lib/entity-id"
import { mergeAggregates } from "./lib/merge-aggregates"
import { aggregatesOf, type ProfileRow, withoutAnalytics } from "./lib/profile-row"
import { summarizeProfile, type VisitorSummary } from "./lib/summary"
import type { ProfileAggregates, VisitorEventInput, VisitorEventPayload } from "./lib/types"
import { VisitorCart } from "./models/visitor-cart"
import { VisitorEvent } from "./models/visitor-event"
import { VisitorIdentity } from "./models/visitor-identity"
import { VisitorOrder } from "./models/visitor-order"
import { VisitorProfile } from "./models/visitor-profile"
import { type CoreOptions, parseCoreOptions } from "./options"
import { visitorPersonalData } from "./repositories/personal-data"
import { type ProfileFacts, profileFacts } from "./repositories/profile-facts"
import { type PlacementCounts, recommendationEvents } from "./repositories/recommendation-events"
import { type CartAssociationRow, type CartAssociationSource, cartAssociations } from "./repositories/visitor-cart"
import { visitorEvents } from "./repositories/visitor-event"
import { visitorIdentities } from "./repositories/visitor-identity"
import { visitorOrders } from "./repositories/visitor-order"
import { type AlongsideStatement, visitorProfiles } from "./repositories/visitor-profile"

const PURGE_CHUNK = 5000
/** Inactive profiles deleted per transaction (each takes its ids, events and associations with it). */
const INACTIVE_CHUNK = 500

export type IngestResult = {
  profile_id: string
  stored: number
  event_ids: string[]
  /** The profile's aggregates before this batch, for compensation; null when the batch created it. */
  previous: ProfileAggregates | null
  /** Ids of the cart associations this batch may have added (compensation deletes those that exist). */
  cart_association_ids?: string[]
}

export type OrderToCount = {
  orderId: string
  /** The order's customer (for a guest, Medusa's guest customer record); null when it has none. */
  customerId: string | null
  /** Set for a guest's order only: the cart it was placed from, whose visitor gets the order. */
  guestCartId?: string | null
  currencyCode: string
  total: number
  placedAt: Date
}

/** The event types whose `cart_id` says that this visitor uses the cart. */
const CART_EVENT_TYPES = new Set<string>(["add_to_cart", "checkout_started"])

/**
 * `foreign`: the id feeds another customer's profile, so nothing changed (the id's owner keeps it; the
 * caller's browser gets an id of its own on its next write).
 */
export type LinkOutcome = "linked" | "already_linked" | "merged" | "created" | "foreign"

/**
 * Who is writing from a store request: the logged-in customer, or null for a guest. Server-side producers
 * (workflows of orders, carts) pass nothing: they are trusted.
 */
export type WritingShopper = { customerId: string | null }

/** A write refused because the visitor id feeds a customer's profile and the request is not that customer's. */
const FOREIGN_PROFILE = "This visitor id feeds a customer's profile: only that customer's session may write to it"

export class ForeignProfileError extends Error {
  constructor() {
    super(FOREIGN_PROFILE)
    this.name = "ForeignProfileError"
  }
}

type Manager = SqlEntityManager

/**
 * Visitor profiles, identities, raw events and counted orders. The hot paths are single
 * transactions of plain SQL with row locks, so concurrent batches, merges and orders on one
 * profile serialize in PostgreSQL and stay correct across any number of server instances.
 */
export default class VisitorModuleService extends MedusaService({
  VisitorProfile,
  VisitorIdentity,
  VisitorEvent,
  VisitorOrder,
  VisitorCart,
}) {
  readonly settings: CoreOptions

  constructor(container: Record<string, unknown>, options: unknown) {
    super(container)
    this.settings = parseCoreOptions(options)
  }

  /** The keys visitor ids are signed with (core's `secret` and `previousSecrets`). */
  get signingKeys(): SigningKeys {
    if (!this.settings.secret) {
      throw new Error("@touchpoints/core: option `secret` is required to sign visitor ids")
    }
    return { secret: this.settings.secret, previousSecrets: this.settings.previousSecrets }
  }

  get sessionTimeoutMs(): number {
    return this.settings.events.sessionTimeoutMinutes * 60_000
  }

  @InjectTransactionManager()
  async ingestEvents(
    input: {
      anonymousId: string
      events: VisitorEventPayload[]
      shopper?: WritingShopper
      /** Carts the batch names that no visitor may claim (registered customers' carts; the caller looks). */
      unclaimableCartIds?: readonly string[]
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<IngestResult> {
    const manager = sharedContext.transactionManager as Manager
    const { row, created } = await this.lockProfileOfVisitor(manager, input.anonymousId)
    if (isForeign(row, input.shopper)) throw new ForeignProfileError()
    const events = input.events.map((event) => ({ ...event, occurred_at: new Date(event.occurred_at) }))
    const kept = events.filter((event) => keepsEvent(event.type, row.analytics_consent, this.settings.consent))
    const previous = aggregatesOf(row)
    if (!kept.length) {
      return { profile_id: row.id, stored: 0, event_ids: [], previous: created ? null : previous }
    }
    // One round trip: the events (and the carts they name) go in through data-modifying CTEs of the profile's UPDATE.
    const insert = visitorEvents.insertStatement(row.id, input.anonymousId, kept)
    const unclaimable = new Set(input.unclaimableCartIds ?? [])
    const carts = this.cartRowsOf(input.anonymousId, kept).filter((cart) => !unclaimable.has(cart.cartId))
    const alongside: AlongsideStatement[] = [{ name: "inserted", sql: insert.sql, params: insert.params }]
    if (carts.length) alongside.push({ name: "carts", ...cartAssociations.insertStatement(carts) })
    await visitorProfiles.writeAggregates(
      manager,
      row.id,
      applyEvents(previous, kept, this.sessionTimeoutMs),
      alongside
    )
    return {
      profile_id: row.id,
      stored: kept.length,
      event_ids: insert.ids,
      previous: created ? null : previous,
      cart_association_ids: carts.map((cart) => cart.id),
    }
  }

  /** Compensation of ingestEvents: removes the batch's events and restores the profile as it was. */
  @InjectTransactionManager()
  async revertIngest(result: IngestResult, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    const manager = sharedContext.transactionManager as Manager
    await visitorEvents.removeByIds(manager, result.event_ids)
    await cartAssociations.remove(manager, result.cart_association_ids ?? [])
    await visitorProfiles.lockById(manager, result.profile_id)
    if (result.previous) {
      await visitorProfiles.writeAggregates(manager, result.profile_id, result.previous)
      return
    }
    await visitorIdentities.removeOfProfile(manager, result.profile_id)
    await visitorProfiles.remove(manager, result.profile_id)
  }

  /** Records a visitor's analytics choice; withdrawing it erases collected analytics data. */
  @InjectTransactionManager()
  async recordConsent(
    input: { anonymousId: string; analytics: boolean; source: string; shopper?: WritingShopper },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ProfileRow> {
    const manager = sharedContext.transactionManager as Manager
    const { row } = await this.lockProfileOfVisitor(manager, input.anonymousId)
    if (isForeign(row, input.shopper)) throw new ForeignProfileError()
    if (!input.analytics) {
      await visitorEvents.removeOfProfileExcept(manager, row.id, this.settings.consent.necessaryEvents)
      await visitorProfiles.writeAggregates(manager, row.id, withoutAnalytics(aggregatesOf(row)))
    }
    return visitorProfiles.writeConsent(manager, row.id, { analytics: input.analytics, source: input.source })
  }

  /**
   * Links a browser's visitor id to a logged-in customer. Idempotent: repeating it changes nothing.
   * When the customer already has a profile (another device), the anonymous one merges into it.
   * A visitor id that feeds another customer's profile is left alone (`foreign`): sending someone's id while
   * logged in never takes their profile, and their browsing never feeds the sender's.
   */
  @InjectTransactionManager()
  async linkCustomer(
    input: { anonymousId: string; customerId: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LinkOutcome> {
    const manager = sharedContext.transactionManager as Manager
    await visitorProfiles.lockCustomer(manager, input.customerId)
    const current = await visitorProfiles.lockOfVisitor(manager, input.anonymousId)
    if (current?.customer_id === input.customerId) {
      return "already_linked"
    }
    const owned = await visitorProfiles.lockOfCustomer(manager, input.customerId)
    if (!current) {
      const target = owned ?? (await visitorProfiles.insert(manager, input.customerId))
      await visitorIdentities.insert(manager, input.anonymousId, target.id)
      return "created"
    }
    if (current.customer_id) {
      return "foreign"
    }
    if (!owned) {
      await visitorProfiles.linkToCustomer(manager, current.id, input.customerId)
      return "linked"
    }
    await this.mergeProfileInto(manager, current, owned)
    return "merged"
  }

  /**
   * Records that a visitor uses a cart. The first association of a cart wins and is never moved: a cart id is
   * a bearer secret in Medusa, so whoever first names it with their visitor id is the shopper who holds it, and
   * a later caller naming the same cart (another visitor id) changes nothing. Returns the cart's visitor and
   * the new row's id when this call made it (for compensation).
   */
  @InjectTransactionManager()
  async associateCart(
    input: { cartId: string; anonymousId: string; source: CartAssociationSource },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ anonymous_id: string | null; created_id: string | null }> {
    const manager = sharedContext.transactionManager as Manager
    const row: CartAssociationRow = { id: entityId("tpvc"), ...input, at: new Date() }
    if (await cartAssociations.insertFirst(manager, row)) {
      return { anonymous_id: input.anonymousId, created_id: row.id }
    }
    // another visitor's cart
    const owner = (await cartAssociations.read(manager, [input.cartId])).get(input.cartId)
    return { anonymous_id: owner?.anonymous_id ?? null, created_id: null }
  }

  /** Compensation of associateCart: removes the association it made. */
  @InjectTransactionManager()
  async forgetCartAssociations(ids: string[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await cartAssociations.remove(sharedContext.transactionManager as Manager, ids)
  }

  /** Counts an order into its profile; a redelivered event counts nothing twice. */
  async recordOrder(input: OrderToCount): Promise<boolean> {
    return (await this.recordOrders([input])) === 1
  }

  /**
   * Counts orders into profiles in one transaction (a page of a backfill, or one placed order): one insert
   * for all, then each touched profile's statistics recomputed once. Orders already counted are skipped, so
   * repeats and redeliveries count nothing twice.
   *
   * Whose profile: a guest's order goes to the visitor who used its cart, when that visitor's profile is
   * still anonymous and the association was recorded no later than the order was placed (a claim made
   * after checkout never attributes an order). Otherwise, and for registered customers, it goes to the
   * order's customer's profile as before; an order with neither is not counted.
   */
  @InjectTransactionManager()
  async recordOrders(orders: OrderToCount[], @MedusaContext() sharedContext: Context = {}): Promise<number> {
    if (!orders.length) {
      return 0
    }
    const manager = sharedContext.transactionManager as Manager
    const visitorOf = await this.visitorsOfGuestOrders(manager, orders)
    // Locks in one order everywhere (customers' advisory locks, then visitors' profiles, then customers'
    // profiles, each sorted), so two transactions never wait on each other in opposite order.
    const customerIds = [...new Set(orders.flatMap((order) => (order.customerId ? [order.customerId] : [])))].sort()
    for (const customerId of customerIds) {
      await visitorProfiles.lockCustomer(manager, customerId)
    }
    const anonymousProfileOf = new Map<string, string>()
    for (const anonymousId of [...new Set(visitorOf.values())].sort()) {
      const { row } = await this.lockProfileOfVisitor(manager, anonymousId)
      // A visitor id already linked to a customer (a shared device) cannot tell which shopper checked out as guest.
      if (!row.customer_id) {
        anonymousProfileOf.set(anonymousId, row.id)
      }
    }
    const customerProfileOf = new Map<string, string>()
    const profileOf = (order: OrderToCount): string | undefined => {
      const visitor = visitorOf.get(order.orderId)
      return (
        (visitor && anonymousProfileOf.get(visitor)) ||
        (order.customerId ? customerProfileOf.get(order.customerId) : undefined)
      )
    }
    for (const customerId of customerIds) {
      if (orders.some((order) => order.customerId === customerId && !profileOf(order))) {
        const profile =
          (await visitorProfiles.lockOfCustomer(manager, customerId)) ??
          (await visitorProfiles.insert(manager, customerId))
        customerProfileOf.set(customerId, profile.id)
      }
    }
    const counted = orders.flatMap((order) => {
      const profileId = profileOf(order)
      return profileId ? [{ order, profileId }] : []
    })
    if (!counted.length) {
      return 0
    }
    const inserted = await visitorOrders.insert(
      manager,
      counted.map(({ order, profileId }) => ({
        orderId: order.orderId,
        profileId,
        customerId: order.customerId,
        currencyCode: order.currencyCode.toLowerCase(),
        total: order.total,
        placedAt: order.placedAt,
      }))
    )
    const newestPerProfile = new Map<string, Date>()
    for (const { profile_id, placed_at } of inserted) {
      const newest = newestPerProfile.get(profile_id)
      newestPerProfile.set(profile_id, newest && newest > placed_at ? newest : placed_at)
    }
    for (const [profileId, newest] of newestPerProfile) {
      await this.refreshOrderStats(manager, profileId, newest)
    }
    return inserted.length
  }

  /** Takes a canceled order out of its profile's order statistics (wherever it was counted). */
  @InjectTransactionManager()
  async forgetOrder(orderId: string, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    const manager = sharedContext.transactionManager as Manager
    let order = await visitorOrders.countedIn(manager, orderId)
    if (!order) {
      return false
    }
    if (order.customer_id) {
      await visitorProfiles.lockCustomer(manager, order.customer_id)
    }
    // Lock the profile the order counts in; a merge may have moved the order meanwhile: follow it (bounded).
    for (let attempt = 0; attempt < 3; attempt++) {
      await visitorProfiles.lockById(manager, order.profile_id)
      const now = await visitorOrders.countedIn(manager, orderId)
      if (!now) {
        return false
      }
      if (now.profile_id === order.profile_id) {
        break
      }
      order = now
    }
    await visitorOrders.remove(manager, orderId)
    await this.refreshOrderStats(manager, order.profile_id, null)
    return true
  }

  /** Deletes raw events older than `before` in chunks (short locks); profile aggregates stay. */
  async purgeEventsBefore(before: Date | string): Promise<number> {
    let total = 0
    for (;;) {
      const deleted = await this.purgeChunk(new Date(before))
      total += deleted
      if (deleted < PURGE_CHUNK) {
        return total
      }
    }
  }

  @InjectTransactionManager()
  protected async purgeChunk(before: Date, @MedusaContext() sharedContext: Context = {}): Promise<number> {
    return visitorEvents.removeOlderThan(sharedContext.transactionManager as Manager, before, PURGE_CHUNK)
  }

  /** The profiles and visitor ids of a person's customers, carts and orders (core's personal-data subject). */
  @InjectManager()
  async profilesAndVisitorsOf(
    ids: Pick<PersonalDataSubject, "customer_ids" | "cart_ids" | "order_ids">,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ profile_ids: string[]; visitor_ids: string[] }> {
    return visitorPersonalData.profilesAndVisitors(sharedContext.manager as Manager, ids)
  }

  /** Everything the visitor module keeps about a person. */
  @InjectManager()
  async personalDataOf(subject: PersonalDataSubject, @MedusaContext() sharedContext: Context = {}) {
    return readPersonalRows(sharedContext.manager as Manager, visitorPersonalData.kinds(subject))
  }

  /** Deletes it (rows, not a soft delete); a second run finds nothing. */
  @InjectTransactionManager()
  async erasePersonalData(subject: PersonalDataSubject, @MedusaContext() sharedContext: Context = {}) {
    return deletePersonalRows(sharedContext.transactionManager as Manager, visitorPersonalData.kinds(subject))
  }

  /**
   * Retention: anonymous profiles not seen since `before` go with their visitor ids, events, cart and order
   * associations, in chunks (each its own transaction; rows another worker holds are skipped, it deletes them).
   */
  async deleteInactiveProfiles(before: Date | string): Promise<number> {
    let total = 0
    for (;;) {
      const deleted = await this.deleteInactiveChunk(new Date(before))
      total += deleted
      if (deleted < INACTIVE_CHUNK) return total
    }
  }

  @InjectTransactionManager()
  protected async deleteInactiveChunk(before: Date, @MedusaContext() sharedContext: Context = {}): Promise<number> {
    const manager = sharedContext.transactionManager as Manager
    const profileIds = await visitorProfiles.lockInactive(manager, before, INACTIVE_CHUNK)
    if (!profileIds.length) return 0
    const visitorIds = await visitorIdentities.ofProfiles(manager, profileIds)
    const subject = {
      customer_ids: [],
      emails: [],
      cart_ids: [],
      order_ids: [],
      profile_ids: profileIds,
      visitor_ids: visitorIds,
    }
    await deletePersonalRows(manager, visitorPersonalData.kinds(subject))
    return profileIds.length
  }

  /** The summary a shopper may read: by visitor id, or the logged-in customer's own profile. */
  @InjectManager()
  async retrieveSummary(
    input: { anonymousId?: string | null; customerId?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ summary: VisitorSummary; customer_id: string | null; last_cart_id: string | null } | null> {
    const manager = sharedContext.manager as Manager
    const row = input.anonymousId
      ? await visitorProfiles.ofVisitor(manager, input.anonymousId)
      : await visitorProfiles.ofCustomer(manager, input.customerId)
    return row
      ? {
          summary: summarizeProfile(row, input.anonymousId ?? null),
          customer_id: row.customer_id,
          // for server-side use only (next steps' "for you"): never shown to a caller
          last_cart_id: row.last_cart_id,
        }
      : null
  }

  /**
   * A visitor id for a browser: a fresh one, or `legacyId` (chosen by a 0.1 widget) when it feeds a profile
   * and was never upgraded before. The upgrade happens once: whoever presents the old id first gets it
   * signed, and a replay of it afterwards gets a fresh id (and so no profile).
   */
  @InjectTransactionManager()
  async issueVisitorId(
    input: { legacyId?: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ visitorId: string; upgraded: boolean }> {
    const manager = sharedContext.transactionManager as Manager
    if (input.legacyId && (await visitorIdentities.markSigned(manager, input.legacyId))) {
      return { visitorId: input.legacyId, upgraded: true }
    }
    return { visitorId: newVisitorId(), upgraded: false }
  }

  /** Finds (or creates) the visitor's profile and locks its row for this transaction. */
  protected async lockProfileOfVisitor(
    manager: Manager,
    anonymousId: string
  ): Promise<{ row: ProfileRow; created: boolean }> {
    // A concurrent merge can delete the profile we waited for: look again (bounded).
    for (let attempt = 0; attempt < 3; attempt++) {
      const row = await visitorProfiles.lockOfVisitor(manager, anonymousId)
      if (row) {
        return { row, created: false }
      }
      const profile = await visitorProfiles.insert(manager, null)
      if (await visitorIdentities.insert(manager, anonymousId, profile.id)) {
        return { row: profile, created: true }
      }
      await visitorProfiles.remove(manager, profile.id)
    }
    throw new Error(`Could not resolve the profile of visitor ${anonymousId}`)
  }

  /** One association per cart named by the batch's add-to-cart and checkout events (first event first). */
  protected cartRowsOf(anonymousId: string, events: readonly VisitorEventInput[]): CartAssociationRow[] {
    const at = new Date()
    const cartIds = new Set(
      [...events]
        .sort((a, b) => a.occurred_at.getTime() - b.occurred_at.getTime())
        .flatMap((event) => (event.cart_id && CART_EVENT_TYPES.has(event.type) ? [event.cart_id] : []))
    )
    return [...cartIds].map((cartId) => ({ id: entityId("tpvc"), cartId, anonymousId, source: "event", at }))
  }

  /** The visitor of each guest order's cart (by order id), when associated no later than the order was placed. */
  protected async visitorsOfGuestOrders(
    manager: Manager,
    orders: readonly OrderToCount[]
  ): Promise<Map<string, string>> {
    const guests = orders.filter((order) => order.guestCartId)
    const associations = await cartAssociations.read(
      manager,
      guests.map((order) => order.guestCartId as string)
    )
    const visitorOf = new Map<string, string>()
    for (const order of guests) {
      const association = associations.get(order.guestCartId as string)
      if (association && association.associated_at.getTime() <= new Date(order.placedAt).getTime()) {
        visitorOf.set(order.orderId, association.anonymous_id)
      }
    }
    return visitorOf
  }

  protected async mergeProfileInto(manager: Manager, source: ProfileRow, target: ProfileRow): Promise<void> {
    const merged = mergeAggregates(aggregatesOf(target), aggregatesOf(source))
    await visitorProfiles.writeAggregates(manager, target.id, merged)
    const sourceChoseLater =
      source.consent_updated_at && (!target.consent_updated_at || source.consent_updated_at > target.consent_updated_at)
    if (sourceChoseLater) {
      await visitorProfiles.copyConsent(manager, source, target.id)
    }
    await visitorProfiles.moveInto(manager, source.id, target.id)
    await this.refreshOrderStats(manager, target.id, null)
  }

  /** Recomputes order count, last order and spend per currency from the counted orders. */
  protected async refreshOrderStats(manager: Manager, profileId: string, newOrderAt: Date | null): Promise<void> {
    const rows = await visitorOrders.totalsPerCurrency(manager, profileId)
    const orderCount = rows.reduce((sum, row) => sum + Number(row.orders), 0)
    const lastOrderAt = rows.reduce<Date | null>(
      (latest, row) => (!latest || row.last_at > latest ? row.last_at : latest),
      null
    )
    const spent = Object.fromEntries(rows.map((row) => [row.currency_code, Number(row.spent)]))
    const resetVisits = !!newOrderAt && !!lastOrderAt && newOrderAt.getTime() === lastOrderAt.getTime()
    await visitorProfiles.writeOrderStats(manager, profileId, { orderCount, lastOrderAt, spent, resetVisits })
  }

  /**
   * How often recommendation widgets were shown and clicked per placement in [from, to): every placement asked
   * for is answered (zero when it had no event). Events older than the retention period are purged, so a
   * period reaching further back counts only what is kept.
   */
  @InjectManager()
  async recommendationCounts(
    input: { placements: readonly string[]; from: Date; to: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PlacementCounts[]> {
    const rows = await recommendationEvents.countByPlacement(sharedContext.manager as Manager, input)
    return input.placements.map((placement) => {
      const row = rows.find((counted) => counted.placement === placement)
      return { placement, impressions: row?.impressions ?? 0, clicks: row?.clicks ?? 0 }
    })
  }

  // ---- profile facts for other plugins' rules (segment-offers): read-only, never the tables themselves ----

  /** A customer's own profile (the columns rules read), or null. */
  @InjectManager()
  async profileFactsOfCustomer(
    customerId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ProfileFacts | null> {
    return profileFacts.ofCustomer(sharedContext.manager as Manager, customerId)
  }

  /** The profile a visitor id feeds, whoever it belongs to (the caller decides what a shared device may see). */
  @InjectManager()
  async profileFactsOfVisitor(
    anonymousId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ProfileFacts | null> {
    return profileFacts.ofVisitor(sharedContext.manager as Manager, anonymousId)
  }

  /** A profile by its id. */
  @InjectManager()
  async profileFactsById(
    profileId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ProfileFacts | null> {
    return profileFacts.byId(sharedContext.manager as Manager, profileId)
  }

  /** A profile by its id, a customer id or a visitor id (an owner's lookup). */
  @InjectManager()
  async profileFactsByAnyId(key: string, @MedusaContext() sharedContext: Context = {}): Promise<ProfileFacts | null> {
    return profileFacts.byAnyKey(sharedContext.manager as Manager, key)
  }

  /** The profile of the visitor who first used a cart (the cart association), or null. */
  @InjectManager()
  async profileFactsOfCartVisitor(
    cartId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ProfileFacts | null> {
    return profileFacts.ofCartVisitor(sharedContext.manager as Manager, cartId)
  }

  /** One page of profiles after `afterId` in id order (every profile, or only customers'), for scans. */
  @InjectManager()
  async profileFactsPage(
    input: { afterId: string | null; limit: number; customersOnly: boolean },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ProfileFacts[]> {
    return profileFacts.page(sharedContext.manager as Manager, input)
  }
}

/** True for a ForeignProfileError, also after a workflow carried it (its class does not survive). */
export function isForeignProfileError(error: unknown): boolean {
  // a workflow hands back its step's error as a plain object, with the step's path added to the message
  const message = (error as { message?: unknown } | null)?.message
  return typeof message === "string" && message.includes(FOREIGN_PROFILE)
}

/** The profile feeds a customer, and the writing shopper (a store request) is not that customer. */
function isForeign(row: ProfileRow, shopper: WritingShopper | undefined): boolean {
  return !!shopper && !!row.customer_id && row.customer_id !== shopper.customerId
}
