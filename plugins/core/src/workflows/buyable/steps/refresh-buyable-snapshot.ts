import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refreshBuyableSnapshot } from "../../../lib/buyable-now"
import { type MedusaDb, productIdsAfter } from "../../../medusa-tables"

export const refreshBuyableSnapshotStepId = "touchpoints-core-refresh-buyable-snapshot-step"

/**
 * Checks the whole catalogue again, one run at a time across workers (the locking module): a worker that finds
 * another's run under way skips its turn. No compensation: every page it keeps is a newer check than the entry
 * it replaces.
 */
export const refreshBuyableSnapshotStep = createStep(
  refreshBuyableSnapshotStepId,
  async (_: undefined, { container }) => {
    const db = container.resolve<MedusaDb>(ContainerRegistrationKeys.PG_CONNECTION)
    try {
      const summary = await (container as MedusaContainer)
        .resolve(Modules.LOCKING)
        .execute(
          "touchpoints-core-buyable-refresh",
          () => refreshBuyableSnapshot(container, (afterId, limit) => productIdsAfter(db, { afterId, limit })),
          { timeout: 2, expire: 1800 }
        )
      return new StepResponse({ ...summary, skipped: false })
    } catch (error) {
      if (!/Timed-out acquiring lock/.test(String((error as Error)?.message))) throw error
      return new StepResponse({ contexts: 0, products: 0, dropped: 0, skipped: true })
    }
  }
)
