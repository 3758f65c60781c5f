import type { MedusaContainer } from "@medusajs/framework/types"
import { checkWishlistAlertsWorkflow } from "../workflows/check-alerts"

/**
 * Sweeps every saved item for price drops and restocks that no event announced (price lists, rules,
 * bulk imports). Safe with two workers: each change is claimed by a compare-and-set on the item.
 */
export default async function checkWishlistAlerts(container: MedusaContainer) {
  await checkWishlistAlertsWorkflow(container).run({ input: {} })
}

export const config = { name: "touchpoints-wishlist-check-alerts-job", schedule: "*/15 * * * *" }
