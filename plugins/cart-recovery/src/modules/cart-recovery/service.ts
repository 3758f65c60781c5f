import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { PersonalDataSubject } from "@touchpoints/core/lib"
import { deletePersonalRows, readPersonalRows } from "@touchpoints/core/lib"
import type { OpenCartActivity } from "@touchpoints/core/medusa-tables"
import { type EffectiveSettings, effectiveSettings, type OwnerSettingsValue } from "./lib/owner-settings"
import type { CartRecoveryStats, ReminderOutcome, ScannedCart, ScanPage } from "./lib/types"
import { OwnerSettings } from "./models/owner-settings"
import { RecoveryCart } from "./models/recovery-cart"
import { Reminder } from "./models/reminder"
import { Restore } from "./models/restore"
import { type CartRecoveryOptions, parseCartRecoveryOptions } from "./options"
import { cartRecords } from "./repositories/cart-records"
import { ownerSettingsRows } from "./repositories/owner-settings"
import { cartRecoveryPersonalData } from "./repositories/personal-data"
import { cartScanState } from "./repositories/scan-state"
import { recoveryStats } from "./repositories/stats"

type Manager = SqlEntityManager

/** One cart's step outcome, and how many steps of its sequence are done after it. */
export type StepRecord = {
  cartId: string
  step: number
  outcome: ReminderOutcome
  sendId: string | null
  advanceTo: number
  promotionCode?: string | null
}

/** A reminded cart's record before a recovery link was followed (null: it had none), and the restore made. */
export type RestoreSnapshot = {
  remindedCartId: string
  restoreId: string | null
  before: { click_count: number; first_clicked_at: Date | null; restored_at: Date | null } | null
}

/**
 * Cart recovery's records, and the scan's rules. The scan pages through Medusa's open carts with core's
 * `openCartsWithItemsAfter` (one keyset-paged query over Medusa's cart tables: going through the cart module per
 * cart would not scan 100,000 carts in a minute) and joins our own records here, a page at a time.
 */
export default class CartRecoveryModuleService extends MedusaService({
  RecoveryCart,
  Reminder,
  OwnerSettings,
  Restore,
}) {
  /** The plugin options (checked at boot): the defaults. Read `currentSettings()` for what is in effect. */
  readonly settings: CartRecoveryOptions

  constructor(container: Record<string, unknown>, options: unknown) {
    super(container)
    this.settings = parseCartRecoveryOptions(options)
  }

  /**
   * The settings in effect: the owner's saved sequence and rules if any, else the options. Read from the
   * database on every call, never cached, so every server and worker sees a save at once; callers read it once
   * per scan, send batch or request.
   */
  @InjectManager()
  async currentSettings(@MedusaContext() sharedContext: Context = {}): Promise<EffectiveSettings> {
    return effectiveSettings(this.settings, await this.savedSettings(sharedContext))
  }

  /** The owner's saved settings, or null (the options apply). */
  @InjectManager()
  async savedSettings(@MedusaContext() sharedContext: Context = {}): Promise<OwnerSettingsValue | null> {
    return ownerSettingsRows.savedSettings(sharedContext.manager as Manager)
  }

  /**
   * Replaces the owner's settings (null: back to the options) and answers what was stored before (null: none).
   * Serialized with an advisory lock so two admins saving at once leave one row.
   */
  @InjectTransactionManager()
  async replaceSavedSettings(
    value: OwnerSettingsValue | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<OwnerSettingsValue | null> {
    return ownerSettingsRows.replaceSavedSettings(sharedContext.transactionManager as Manager, value)
  }

  /** Records activity on carts now (the cart.updated subscriber: item added, changed, removed, shipping...). */
  @InjectManager()
  async touchActivity(cartIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    return cartRecords.touchActivity(sharedContext.manager as Manager, cartIds)
  }

  /**
   * Of one page of Medusa's open carts (core's `openCartsWithItemsAfter`, by id), the ones whose lines were not
   * restored into another cart through their link (the shopper goes on there) and that were last active between
   * `maxCartAgeDays` ago and `inactiveForMs` ago (both from the settings in effect). A cart's last activity is
   * the latest of Medusa's timestamps and our own. `full` says whether more pages may follow.
   */
  @InjectManager()
  async scanPage(
    input: { page: OpenCartActivity[]; inactiveForMs: number; maxCartAgeDays: number; limit: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ScanPage> {
    const { page } = input
    const states = await cartScanState.ofCarts(
      sharedContext.manager as Manager,
      page.map((cart) => cart.id)
    )
    const now = Date.now()
    const carts: ScannedCart[] = []
    for (const cart of page) {
      const state = states.get(cart.id)
      if (state?.restored) continue
      const medusaAt = new Date(cart.activity_at).getTime()
      const ownAt = state?.last_activity_at ? new Date(state.last_activity_at).getTime() : Number.NEGATIVE_INFINITY
      const lastActivity = Math.max(medusaAt, ownAt)
      const due = lastActivity < now - input.inactiveForMs && lastActivity > now - input.maxCartAgeDays * 86_400_000
      if (due) {
        carts.push({
          id: cart.id,
          email: cart.email,
          last_activity_at: new Date(lastActivity),
          reminders_sent: state?.reminders_sent ?? 0,
        })
      }
    }
    return { carts, lastId: page.at(-1)?.id ?? null, full: page.length === input.limit }
  }

  /**
   * Records steps' outcomes (at most one row per cart and step) and moves each cart's sequence on to `advanceTo`
   * steps done; the first outcome marks a cart abandoned. Two statements for any number of carts.
   */
  @InjectManager()
  async recordSteps(inputs: StepRecord[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    return cartRecords.recordSteps(sharedContext.manager as Manager, inputs)
  }

  /**
   * Records a recovery link followed: one click, and when the lines went into another cart, that cart as the
   * reminded cart's restore (the reminded cart is then left out of the scan). Answers a snapshot for `undoRestore`.
   */
  @InjectManager()
  async recordRestore(
    input: { remindedCartId: string; cartId: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RestoreSnapshot> {
    return cartRecords.recordRestore(sharedContext.manager as Manager, input)
  }

  /** Puts a reminded cart's record back as `recordRestore` found it (a failed recovery's compensation). */
  @InjectManager()
  async undoRestore(snapshot: RestoreSnapshot, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    return cartRecords.undoRestore(sharedContext.manager as Manager, snapshot)
  }

  /** When a cart's reminder of `step` was recorded as sent (dates the links of the 0.1 releases), or null. */
  @InjectManager()
  async reminderSentAt(cartId: string, step: number, @MedusaContext() sharedContext: Context = {}) {
    return cartRecords.reminderSentAt(sharedContext.manager as Manager, cartId, step)
  }

  /**
   * Records the order a reminded cart turned into, with its revenue: the cart itself when it was reminded, else
   * the reminded cart whose lines were restored into it last (a recovery link followed on another cart). Only
   * carts that were sent a reminder count; a redelivered event changes nothing. Returns whether it counted.
   */
  @InjectManager()
  async recordRecovery(
    input: { cartId: string; orderId: string; total: number; currencyCode: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    return cartRecords.recordRecovery(sharedContext.manager as Manager, input)
  }

  /** The owner's figures for a period (by when each thing happened). */
  @InjectManager()
  async stats(
    range: { from: Date; to: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CartRecoveryStats> {
    return recoveryStats.stats(sharedContext.manager as Manager, range)
  }

  /** The recovery records of some carts (tests and the admin). */
  @InjectManager()
  async recordsOf(cartIds: string[], @MedusaContext() sharedContext: Context = {}) {
    return cartRecords.recordsOf(sharedContext.manager as Manager, cartIds)
  }

  /** Everything cart recovery keeps about a person (core's personal-data export). */
  @InjectManager()
  async personalDataOf(subject: PersonalDataSubject, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.manager as Manager
    return readPersonalRows(
      manager,
      cartRecoveryPersonalData.kinds(await cartRecoveryPersonalData.cartIds(manager, subject))
    )
  }

  /** Deletes it (rows, not a soft delete); a second run finds nothing. */
  @InjectTransactionManager()
  async erasePersonalData(subject: PersonalDataSubject, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as Manager
    return deletePersonalRows(
      manager,
      cartRecoveryPersonalData.kinds(await cartRecoveryPersonalData.cartIds(manager, subject))
    )
  }
}
