import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { type SyncSummary, syncAllCustomerSegments } from "./sync-members"

/** One membership sync at a time across workers (the locking module); the stored memberships make reruns safe. */
export async function runMembershipSync(container: MedusaContainer): Promise<SyncSummary> {
  return container
    .resolve(Modules.LOCKING)
    .execute("touchpoints-segment-membership-sync", () => syncAllCustomerSegments(container), {
      timeout: 600,
      expire: 300,
    })
}
