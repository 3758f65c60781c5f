import type { MedusaContainer } from "@medusajs/framework/types"
import { sendWishlistAlerts } from "../lib/send-wishlist-alerts"

/** Every 15 minutes: queued price-drop and back-in-stock alerts go out, one email per customer. */
export default async function sendWishlistAlertsJob(container: MedusaContainer) {
  await sendWishlistAlerts(container)
}

export const config = {
  name: "touchpoints-wishlist-send-alerts-job",
  schedule: "*/15 * * * *",
}
