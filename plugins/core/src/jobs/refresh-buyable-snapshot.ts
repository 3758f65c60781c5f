import type { MedusaContainer } from "@medusajs/framework/types"
import { refreshBuyableSnapshotWorkflow } from "../workflows/buyable/refresh-buyable-snapshot"

/**
 * Every hour, the whole catalogue is checked again in every region and sales channel: what no event announces
 * (a price list that starts or ends on schedule) shows within the hour. Safe with two workers (one run at a time).
 */
export default async function refreshBuyableSnapshot(container: MedusaContainer) {
  await refreshBuyableSnapshotWorkflow(container).run()
}

export const config = {
  name: "touchpoints-core-refresh-buyable-snapshot-job",
  schedule: "23 * * * *",
}
