import type { MedusaContainer } from "@medusajs/framework/types"
import { sendEmailsWorkflow } from "@touchpoints/core/workflows"
import { CART_RECOVERY_MODULE } from "../modules/cart-recovery"
import type { EffectiveSettings } from "../modules/cart-recovery/lib/owner-settings"
import type { ScannedCart } from "../modules/cart-recovery/lib/types"
import type CartRecoveryModuleService from "../modules/cart-recovery/service"
import type { StepRecord } from "../modules/cart-recovery/service"
import { recordCartRemindersWorkflow } from "../workflows/record-cart-reminders"
import { BatchPool } from "./batch-pool"
import { dueStepOf, planReminder, type RemindResult, recordOfSend, reminderFacts } from "./remind-cart"

/**
 * Carts handled together: their facts are read right before their sends (a handful of queries for all), their
 * emails claimed in one transaction and handed to the Notification module in one call, their outcomes recorded
 * in one workflow. Small enough that the facts are about a second fresh when the emails go out (measured in
 * bench/cart-recovery: 25 carts a batch sent ~70 reminders/s, 100 ~100/s).
 */
const CARTS_PER_BATCH = 100

export type ScanSummary = { scanned_pages: number; due: number; outcomes: Partial<Record<RemindResult, number>> }

/**
 * Pages through open carts by id and reminds the ones due, `scanConcurrency` batches at a time. Safe with two
 * workers at once: every send is claimed under `cart-recovery:<cart>:<step>`, so a cart never gets one step twice.
 * The settings in effect (the owner's or the options) are read once, at the start of each scan.
 */
export async function scanAbandonedCarts(container: MedusaContainer): Promise<ScanSummary> {
  const recovery = container.resolve<CartRecoveryModuleService>(CART_RECOVERY_MODULE)
  const settings = await recovery.currentSettings()
  const firstDelayMs = settings.steps[0].delayHours * 3_600_000
  const summary: ScanSummary = { scanned_pages: 0, due: 0, outcomes: {} }
  const count = (result: RemindResult, times = 1) => {
    if (times) summary.outcomes[result] = (summary.outcomes[result] ?? 0) + times
  }
  const batches = new BatchPool(recovery.settings.scanConcurrency)
  const remind = (carts: ScannedCart[]) =>
    batches.add(async () => {
      for (const [result, times] of await remindBatch(container, settings, carts)) count(result, times)
    })
  let waiting: ScannedCart[] = []
  let afterId: string | null = null
  for (;;) {
    const page = await recovery.scanPage({
      afterId,
      inactiveForMs: firstDelayMs,
      maxCartAgeDays: settings.maxCartAgeDays,
      limit: recovery.settings.scanPageSize,
    })
    summary.scanned_pages += 1
    summary.due += page.carts.length
    const due = page.carts.filter((cart) => dueStepOf(settings, cart) !== null)
    count("not_due", page.carts.length - due.length)
    waiting.push(...due)
    while (waiting.length >= CARTS_PER_BATCH) {
      await remind(waiting.slice(0, CARTS_PER_BATCH))
      waiting = waiting.slice(CARTS_PER_BATCH)
    }
    if (!page.full || !page.lastId) break
    afterId = page.lastId
  }
  if (waiting.length) await remind(waiting)
  await batches.drain()
  return summary
}

/** Plans, sends and records one batch of due carts; answers how many carts ended how. */
async function remindBatch(
  container: MedusaContainer,
  settings: EffectiveSettings,
  carts: ScannedCart[]
): Promise<Map<RemindResult, number>> {
  const facts = await reminderFacts(
    container,
    settings,
    carts.map((cart) => cart.id)
  )
  const plans = await Promise.all(carts.map((cart) => planReminder(container, settings, cart, facts)))
  const records: StepRecord[] = []
  const outcomes = new Map<RemindResult, number>()
  const tally = (result: RemindResult) => outcomes.set(result, (outcomes.get(result) ?? 0) + 1)
  const sends = plans.flatMap((plan) => (plan.kind === "send" ? [plan] : []))
  for (const plan of plans) {
    if (plan.kind === "not_due") tally("not_due")
    if (plan.kind === "record") {
      records.push(plan.record)
      tally(plan.record.outcome)
    }
  }
  if (sends.length) {
    const { result } = await sendEmailsWorkflow(container).run({
      input: { messages: sends.map((plan) => plan.message) },
    })
    sends.forEach((plan, index) => {
      const record = recordOfSend(plan, result[index])
      if (record) records.push(record)
      tally(record?.outcome ?? "later")
    })
  }
  await recordCartRemindersWorkflow(container).run({ input: { records } })
  return outcomes
}
