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
import { deletePersonalRows, readPersonalRows } from "@touchpoints/core/lib"
import { type EffectiveSettings, effectiveSettings, type OwnerSettingsValue } from "./lib/owner-settings"
import type { CartRecoveryStats, ReminderOutcome, ScannedCart, ScanPage } from "./lib/types"
import { OwnerSettings } from "./models/owner-settings"
import { RecoveryCart } from "./models/recovery-cart"
import { Reminder } from "./models/reminder"
import { Restore } from "./models/restore"
import { type CartRecoveryOptions, parseCartRecoveryOptions } from "./options"
import { cartRecoveryPersonalData } from "./repositories/personal-data"

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

/** `?, ?, ?` for an IN list. */
const marks = (values: readonly unknown[]) => values.map(() => "?").join(", ")

/**
 * Cart recovery's records, and the scan. The scan reads Medusa's own cart tables read-only with one keyset-paged
 * SQL query (a cart's last activity is the latest of the cart's, its items', its shipping methods' and our own
 * activity timestamps): going through the cart module per cart would not scan 100,000 carts in a minute.
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
    const [row] = await (sharedContext.manager as Manager).execute<OwnerSettingsValue[]>(
      `SELECT steps, require_consent, max_cart_age_days, recovery_url FROM tp_cr_settings
       WHERE deleted_at IS NULL ORDER BY created_at DESC LIMIT 1`
    )
    return row ? { ...row, max_cart_age_days: Number(row.max_cart_age_days) } : null
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
    const manager = sharedContext.transactionManager as Manager
    await manager.execute("SELECT pg_advisory_xact_lock(hashtext('tp_cr_settings'))")
    // at most one row: every save goes through here under the lock
    const [previous] = await manager.execute<OwnerSettingsValue[]>(
      `DELETE FROM tp_cr_settings WHERE deleted_at IS NULL
       RETURNING steps, require_consent, max_cart_age_days, recovery_url`
    )
    if (value) {
      await manager.execute(
        `INSERT INTO tp_cr_settings (id, steps, require_consent, max_cart_age_days, recovery_url)
         VALUES (?, ?::jsonb, ?, ?, ?)`,
        [
          generateEntityId(undefined, "tpcrs"),
          JSON.stringify(value.steps),
          value.require_consent,
          value.max_cart_age_days,
          value.recovery_url,
        ]
      )
    }
    return previous ? { ...previous, max_cart_age_days: Number(previous.max_cart_age_days) } : null
  }

  /** Records activity on carts now (the cart.updated subscriber: item added, changed, removed, shipping...). */
  @InjectManager()
  async touchActivity(cartIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    if (!cartIds.length) return
    const rows = cartIds.map((id) => [generateEntityId(undefined, "tpcr"), id])
    await (sharedContext.manager as Manager).execute(
      `INSERT INTO tp_cr_cart (id, cart_id, last_activity_at) VALUES ${rows.map(() => "(?, ?, now())").join(", ")}
       ON CONFLICT (cart_id) WHERE deleted_at IS NULL DO UPDATE SET last_activity_at = now(), updated_at = now()`,
      rows.flat()
    )
  }

  /**
   * One page of open carts after `afterId` (by id) that have an email and items and were last active between
   * `maxCartAgeDays` ago and `inactiveForMs` ago (both from the settings in effect), and whose lines were not
   * restored into another cart through their link (the shopper goes on there). `full` says whether more pages may follow.
   */
  @InjectManager()
  async scanPage(
    input: { afterId: string | null; inactiveForMs: number; maxCartAgeDays: number; limit: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ScanPage> {
    const manager = sharedContext.manager as Manager
    const rows = await manager.execute<(ScannedCart & { due: boolean })[]>(
      `SELECT page.id, page.email, page.last_activity_at, page.reminders_sent,
         page.last_activity_at < now() - make_interval(secs => ?)
           AND page.last_activity_at > now() - make_interval(days => ?) AS due
       FROM (
         SELECT c.id, c.email, COALESCE(r.reminders_sent, 0) AS reminders_sent,
           GREATEST(c.updated_at, r.last_activity_at,
             (SELECT max(li.updated_at) FROM cart_line_item li WHERE li.cart_id = c.id AND li.deleted_at IS NULL),
             (SELECT max(sm.updated_at) FROM cart_shipping_method sm
               WHERE sm.cart_id = c.id AND sm.deleted_at IS NULL)) AS last_activity_at
         FROM cart c
         LEFT JOIN tp_cr_cart r ON r.cart_id = c.id AND r.deleted_at IS NULL
         WHERE c.id > ? AND c.completed_at IS NULL AND c.deleted_at IS NULL AND c.email IS NOT NULL
           AND r.restored_at IS NULL
           AND EXISTS (SELECT 1 FROM cart_line_item li WHERE li.cart_id = c.id AND li.deleted_at IS NULL)
         ORDER BY c.id LIMIT ?
       ) page`,
      [input.inactiveForMs / 1000, input.maxCartAgeDays, input.afterId ?? "", input.limit]
    )
    return {
      carts: rows
        .filter((row) => row.due)
        .map(({ due, ...cart }) => ({ ...cart, reminders_sent: Number(cart.reminders_sent) })),
      lastId: rows.at(-1)?.id ?? null,
      full: rows.length === input.limit,
    }
  }

  /**
   * Records steps' outcomes (at most one row per cart and step) and moves each cart's sequence on to `advanceTo`
   * steps done; the first outcome marks a cart abandoned. Two statements for any number of carts.
   */
  @InjectManager()
  async recordSteps(inputs: StepRecord[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    if (!inputs.length) return
    const manager = sharedContext.manager as Manager
    await manager.execute(
      `INSERT INTO tp_cr_reminder (id, cart_id, step, outcome, send_id, promotion_code)
       VALUES ${inputs.map(() => "(?, ?, ?, ?, ?, ?)").join(", ")}
       ON CONFLICT (cart_id, step) WHERE deleted_at IS NULL DO UPDATE SET outcome = excluded.outcome,
         send_id = COALESCE(excluded.send_id, tp_cr_reminder.send_id),
         promotion_code = COALESCE(excluded.promotion_code, tp_cr_reminder.promotion_code), updated_at = now()`,
      inputs.flatMap((input) => [
        generateEntityId(undefined, "tpcrr"),
        input.cartId,
        input.step,
        input.outcome,
        input.sendId,
        input.promotionCode ?? null,
      ])
    )
    await manager.execute(
      `INSERT INTO tp_cr_cart (id, cart_id, abandoned_at, reminders_sent, last_reminder_at)
       VALUES ${inputs.map(() => "(?, ?, now(), ?, CASE WHEN ? THEN now() END)").join(", ")}
       ON CONFLICT (cart_id) WHERE deleted_at IS NULL DO UPDATE SET
         abandoned_at = COALESCE(tp_cr_cart.abandoned_at, now()),
         reminders_sent = GREATEST(tp_cr_cart.reminders_sent, excluded.reminders_sent),
         last_reminder_at = COALESCE(excluded.last_reminder_at, tp_cr_cart.last_reminder_at), updated_at = now()`,
      inputs.flatMap((input) => [
        generateEntityId(undefined, "tpcr"),
        input.cartId,
        input.advanceTo,
        input.outcome === "sent",
      ])
    )
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
    const manager = sharedContext.manager as Manager
    const [before] = await manager.execute<RestoreSnapshot["before"][]>(
      `SELECT click_count, first_clicked_at, restored_at FROM tp_cr_cart WHERE cart_id = ? AND deleted_at IS NULL`,
      [input.remindedCartId]
    )
    const moved = input.cartId !== input.remindedCartId
    await manager.execute(
      `INSERT INTO tp_cr_cart (id, cart_id, click_count, first_clicked_at, restored_at)
       VALUES (?, ?, 1, now(), CASE WHEN ? THEN now() END)
       ON CONFLICT (cart_id) WHERE deleted_at IS NULL DO UPDATE SET click_count = tp_cr_cart.click_count + 1,
         first_clicked_at = COALESCE(tp_cr_cart.first_clicked_at, now()),
         restored_at = COALESCE(tp_cr_cart.restored_at, excluded.restored_at), updated_at = now()`,
      [generateEntityId(undefined, "tpcr"), input.remindedCartId, moved]
    )
    const restoreId = moved ? generateEntityId(undefined, "tpcrx") : null
    if (restoreId) {
      await manager.execute("INSERT INTO tp_cr_restore (id, reminded_cart_id, cart_id) VALUES (?, ?, ?)", [
        restoreId,
        input.remindedCartId,
        input.cartId,
      ])
    }
    return { remindedCartId: input.remindedCartId, restoreId, before: before ?? null }
  }

  /** Puts a reminded cart's record back as `recordRestore` found it (a failed recovery's compensation). */
  @InjectManager()
  async undoRestore(snapshot: RestoreSnapshot, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    const manager = sharedContext.manager as Manager
    if (snapshot.restoreId) await manager.execute("DELETE FROM tp_cr_restore WHERE id = ?", [snapshot.restoreId])
    if (!snapshot.before) {
      await manager.execute("DELETE FROM tp_cr_cart WHERE cart_id = ? AND deleted_at IS NULL", [
        snapshot.remindedCartId,
      ])
      return
    }
    const { click_count, first_clicked_at, restored_at } = snapshot.before
    await manager.execute(
      `UPDATE tp_cr_cart SET click_count = ?, first_clicked_at = ?, restored_at = ?, updated_at = now()
       WHERE cart_id = ? AND deleted_at IS NULL`,
      [click_count, first_clicked_at, restored_at, snapshot.remindedCartId]
    )
  }

  /** When a cart's reminder of `step` was recorded as sent (dates the links of the 0.1 releases), or null. */
  @InjectManager()
  async reminderSentAt(cartId: string, step: number, @MedusaContext() sharedContext: Context = {}) {
    const [row] = await (sharedContext.manager as Manager).execute<{ created_at: Date }[]>(
      `SELECT created_at FROM tp_cr_reminder WHERE cart_id = ? AND step = ? AND outcome = 'sent' AND deleted_at IS NULL`,
      [cartId, step]
    )
    return row ? new Date(row.created_at) : null
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
    const rows = await (sharedContext.manager as Manager).execute(
      `UPDATE tp_cr_cart SET recovered_order_id = ?, recovered_total = ?, raw_recovered_total = ?::jsonb,
         currency_code = ?, recovered_at = now(), updated_at = now()
       WHERE deleted_at IS NULL AND recovered_order_id IS NULL AND cart_id = (
         SELECT candidate.cart_id FROM (
           SELECT ?::text AS cart_id, 0 AS rank, now() AS at
           UNION ALL
           SELECT reminded_cart_id, 1, created_at FROM tp_cr_restore WHERE cart_id = ? AND deleted_at IS NULL
         ) candidate
         WHERE EXISTS (SELECT 1 FROM tp_cr_reminder rm
           WHERE rm.cart_id = candidate.cart_id AND rm.outcome = 'sent' AND rm.deleted_at IS NULL)
         ORDER BY candidate.rank, candidate.at DESC LIMIT 1)
       RETURNING id`,
      [
        input.orderId,
        input.total,
        JSON.stringify({ value: String(input.total), precision: 20 }),
        input.currencyCode,
        input.cartId,
        input.cartId,
      ]
    )
    return rows.length > 0
  }

  /** The owner's figures for a period (by when each thing happened). */
  @InjectManager()
  async stats(
    range: { from: Date; to: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CartRecoveryStats> {
    const manager = sharedContext.manager as Manager
    const period = [range.from, range.to]
    const [carts] = await manager.execute<Record<string, string>[]>(
      `SELECT
         count(*) FILTER (WHERE abandoned_at >= ? AND abandoned_at < ?) AS abandoned,
         count(*) FILTER (WHERE first_clicked_at >= ? AND first_clicked_at < ?) AS clicked,
         COALESCE(sum(click_count) FILTER (WHERE first_clicked_at >= ? AND first_clicked_at < ?), 0) AS clicks,
         count(*) FILTER (WHERE recovered_at >= ? AND recovered_at < ?) AS recovered,
         count(*) FILTER (WHERE recovered_at >= ? AND recovered_at < ? AND first_clicked_at IS NOT NULL
           AND first_clicked_at <= recovered_at) AS recovered_after_click
       FROM tp_cr_cart WHERE deleted_at IS NULL`,
      [...period, ...period, ...period, ...period, ...period]
    )
    const steps = await manager.execute<{ step: number; sent: string }[]>(
      `SELECT step, count(*) AS sent FROM tp_cr_reminder
       WHERE outcome = 'sent' AND deleted_at IS NULL AND created_at >= ? AND created_at < ?
       GROUP BY step ORDER BY step`,
      period
    )
    const revenue = await manager.execute<{ currency_code: string; amount: string }[]>(
      `SELECT currency_code, sum(recovered_total) AS amount FROM tp_cr_cart
       WHERE deleted_at IS NULL AND recovered_at >= ? AND recovered_at < ?
       GROUP BY currency_code ORDER BY currency_code`,
      period
    )
    const emailsSent = steps.map((row) => ({ step: Number(row.step) + 1, sent: Number(row.sent) }))
    return {
      from: range.from.toISOString(),
      to: range.to.toISOString(),
      carts_abandoned: Number(carts.abandoned),
      emails_sent: emailsSent,
      emails_sent_total: emailsSent.reduce((sum, row) => sum + row.sent, 0),
      carts_clicked: Number(carts.clicked),
      clicks: Number(carts.clicks),
      carts_recovered: Number(carts.recovered),
      recovered_after_click: Number(carts.recovered_after_click),
      recovered_revenue: revenue.map((row) => ({ currency_code: row.currency_code, amount: Number(row.amount) })),
    }
  }

  /** The recovery records of some carts (tests and the admin). */
  @InjectManager()
  async recordsOf(cartIds: string[], @MedusaContext() sharedContext: Context = {}) {
    if (!cartIds.length) return []
    return (sharedContext.manager as Manager).execute<Record<string, unknown>[]>(
      `SELECT * FROM tp_cr_cart WHERE cart_id IN (${marks(cartIds)}) AND deleted_at IS NULL`,
      cartIds
    )
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
