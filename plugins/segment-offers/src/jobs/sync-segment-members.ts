import type { MedusaContainer } from "@medusajs/framework/types"
import { runMembershipSync } from "../lib/membership-sync"

/** Every 15 minutes: customers' segment memberships, mirror groups and entry emails catch up with their profiles. */
export default async function syncSegmentMembersJob(container: MedusaContainer) {
  await runMembershipSync(container)
}

export const config = {
  name: "touchpoints-segment-offers-sync-segment-members-job",
  schedule: "*/15 * * * *",
}
