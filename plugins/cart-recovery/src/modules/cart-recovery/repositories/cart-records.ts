import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { generateEntityId } from "@medusajs/framework/utils"
import type { RestoreSnapshot, StepRecord } from "../service"

/** `?, ?, ?` for an IN list. */
const marks = (values: readonly unknown[]) => values.map(() => "?").join(", ")

type Manager = SqlEntityManager

// Each cart's recovery record: its activity, reminders, clicks, restores and the order it turned into.
// One exported object: Medusa registers every function exported from `repositories/` as a repository class.

async function touchActivity(manager: Manager, cartIds: string[]): Promise<void> {
  if (!cartIds.length) return
  const rows = cartIds.map((id) => [generateEntityId(undefined, "tpcr"), id])
  await manager.execute(
    `INSERT INTO tp_cr_cart (id, cart_id, last_activity_at) VALUES ${rows.map(() => "(?, ?, now())").join(", ")}
     ON CONFLICT (cart_id) WHERE deleted_at IS NULL DO UPDATE SET last_activity_at = now(), updated_at = now()`,
    rows.flat()
  )
}

async function recordSteps(manager: Manager, inputs: StepRecord[]): Promise<void> {
  if (!inputs.length) return
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

async function recordRestore(
  manager: Manager,
  input: { remindedCartId: string; cartId: string }
): Promise<RestoreSnapshot> {
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

async function undoRestore(manager: Manager, snapshot: RestoreSnapshot): Promise<void> {
  if (snapshot.restoreId) await manager.execute("DELETE FROM tp_cr_restore WHERE id = ?", [snapshot.restoreId])
  if (!snapshot.before) {
    await manager.execute("DELETE FROM tp_cr_cart WHERE cart_id = ? AND deleted_at IS NULL", [snapshot.remindedCartId])
    return
  }
  const { click_count, first_clicked_at, restored_at } = snapshot.before
  await manager.execute(
    `UPDATE tp_cr_cart SET click_count = ?, first_clicked_at = ?, restored_at = ?, updated_at = now()
     WHERE cart_id = ? AND deleted_at IS NULL`,
    [click_count, first_clicked_at, restored_at, snapshot.remindedCartId]
  )
}

async function reminderSentAt(manager: Manager, cartId: string, step: number) {
  const [row] = await manager.execute<{ created_at: Date }[]>(
    `SELECT created_at FROM tp_cr_reminder WHERE cart_id = ? AND step = ? AND outcome = 'sent' AND deleted_at IS NULL`,
    [cartId, step]
  )
  return row ? new Date(row.created_at) : null
}

async function recordRecovery(
  manager: Manager,
  input: { cartId: string; orderId: string; total: number; currencyCode: string }
): Promise<boolean> {
  const rows = await manager.execute(
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

async function recordsOf(manager: Manager, cartIds: string[]) {
  if (!cartIds.length) return []
  return manager.execute<Record<string, unknown>[]>(
    `SELECT * FROM tp_cr_cart WHERE cart_id IN (${marks(cartIds)}) AND deleted_at IS NULL`,
    cartIds
  )
}

export const cartRecords = {
  touchActivity,
  recordSteps,
  recordRestore,
  undoRestore,
  reminderSentAt,
  recordRecovery,
  recordsOf,
}
