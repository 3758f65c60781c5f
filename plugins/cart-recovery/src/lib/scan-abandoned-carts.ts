import type { MedusaContainer } from "@medusajs/framework/types"
import { CART_RECOVERY_MODULE } from "../modules/cart-recovery"
import type CartRecoveryModuleService from "../modules/cart-recovery/service"
import { type RemindResult, remindCart } from "./remind-cart"

/** Carts reminded at once: sends overlap their SMTP round trips, the database stays unstressed. */
const PARALLEL_CARTS = 8

export type ScanSummary = { scanned_pages: number; due: number; outcomes: Partial<Record<RemindResult, number>> }

/**
 * Pages through open carts by id and reminds the ones due. Safe with two workers at once: every send is claimed
 * under `cart-recovery:<cart>:<step>`, so a cart never gets one step twice.
 */
export async function scanAbandonedCarts(container: MedusaContainer): Promise<ScanSummary> {
  const recovery = container.resolve<CartRecoveryModuleService>(CART_RECOVERY_MODULE)
  const firstDelayMs = recovery.settings.steps[0].delayHours * 3_600_000
  const summary: ScanSummary = { scanned_pages: 0, due: 0, outcomes: {} }
  let afterId: string | null = null
  for (;;) {
    const page = await recovery.scanPage({
      afterId,
      inactiveForMs: firstDelayMs,
      limit: recovery.settings.scanPageSize,
    })
    summary.scanned_pages += 1
    summary.due += page.carts.length
    for (let i = 0; i < page.carts.length; i += PARALLEL_CARTS) {
      const results = await Promise.all(
        page.carts.slice(i, i + PARALLEL_CARTS).map((cart) => remindCart(container, cart))
      )
      for (const result of results) summary.outcomes[result] = (summary.outcomes[result] ?? 0) + 1
    }
    if (!page.full || !page.lastId) return summary
    afterId = page.lastId
  }
}
