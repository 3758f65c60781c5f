// Segment membership sync (segment-offers' 15-minute job): every customer's segments from their profile.
import type { ExecArgs } from "@medusajs/framework/types"
import { runMembershipSync } from "@touchpoints/segment-offers/lib/membership-sync"
import { timeJob } from "./timed-job"

export default async function benchSegmentSync({ container }: ExecArgs) {
  await timeJob(container, {
    name: "segment membership sync (segment-offers)",
    rowsSql: "SELECT count(*) FROM tp_visitor_profile WHERE deleted_at IS NULL",
    run: () => runMembershipSync(container),
  })
}
