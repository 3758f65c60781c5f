// Core's full refresh of the snapshot of what shoppers can buy (every product in every region and sales
// channel), as its hourly job runs it; the bench runs it first, as a store's first hour would.
import type { ExecArgs } from "@medusajs/framework/types"
import { refreshBuyableSnapshotWorkflow } from "@touchpoints/core/workflows"
import { timeJob } from "./timed-job"

export default async function benchBuyableRefresh({ container }: ExecArgs) {
  await timeJob(container, {
    name: "buyable snapshot refresh (core)",
    rowsSql: "SELECT count(*) FROM product WHERE deleted_at IS NULL",
    run: async () => (await refreshBuyableSnapshotWorkflow(container).run()).result,
  })
}
