import type { MedusaContainer } from "@medusajs/framework/types"
import { CART_RECOVERY_MODULE } from "../modules/cart-recovery"
import type CartRecoveryModuleService from "../modules/cart-recovery/service"
import { dueStepOf, type RemindResult, remindCart, reminderFacts } from "./remind-cart"

/**
 * Carts whose facts are read together right before their sends (a handful of queries for all of them), then
 * reminded at once: the sends overlap their SMTP round trips, the database stays unstressed.
 */
const CARTS_PER_BATCH = 16

export type ScanSummary = { scanned_pages: number; due: number; outcomes: Partial<Record<RemindResult, number>> }

/**
 * Pages through open carts by id and reminds the ones due. Safe with two workers at once: every send is claimed
 * under `cart-recovery:<cart>:<step>`, so a cart never gets one step twice.
 */
export async function scanAbandonedCarts(container: MedusaContainer): Promise<ScanSummary> {
  const recovery = container.resolve<CartRecoveryModuleService>(CART_RECOVERY_MODULE)
  const firstDelayMs = recovery.settings.steps[0].delayHours * 3_600_000
  const summary: ScanSummary = { scanned_pages: 0, due: 0, outcomes: {} }
  const count = (result: RemindResult, times = 1) => {
    if (times) summary.outcomes[result] = (summary.outcomes[result] ?? 0) + times
  }
  let afterId: string | null = null
  for (;;) {
    const page = await recovery.scanPage({
      afterId,
      inactiveForMs: firstDelayMs,
      limit: recovery.settings.scanPageSize,
    })
    summary.scanned_pages += 1
    summary.due += page.carts.length
    const due = page.carts.filter((cart) => dueStepOf(recovery, cart) !== null)
    count("not_due", page.carts.length - due.length)
    for (let i = 0; i < due.length; i += CARTS_PER_BATCH) {
      const batch = due.slice(i, i + CARTS_PER_BATCH)
      const facts = await reminderFacts(
        container,
        batch.map((cart) => cart.id)
      )
      for (const result of await Promise.all(batch.map((cart) => remindCart(container, cart, facts)))) count(result)
    }
    if (!page.full || !page.lastId) return summary
    afterId = page.lastId
  }
}
