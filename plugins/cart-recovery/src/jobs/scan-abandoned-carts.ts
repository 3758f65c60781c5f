import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { scanAbandonedCarts } from "../lib/scan-abandoned-carts"

/**
 * Every 10 minutes (TP_CART_RECOVERY_SCAN_CRON): abandoned carts get the reminder step they are due for.
 * `POST /admin/cart-recovery/scan` runs it at once.
 */
export default async function scanAbandonedCartsJob(container: MedusaContainer) {
  const summary = await scanAbandonedCarts(container)
  if (summary.due) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`touchpoints cart recovery: ${summary.due} carts due, outcomes ${JSON.stringify(summary.outcomes)}`)
  }
}

export const config = {
  name: "touchpoints-cart-recovery-scan-abandoned-carts-job",
  schedule: process.env.TP_CART_RECOVERY_SCAN_CRON || "*/10 * * * *",
}
