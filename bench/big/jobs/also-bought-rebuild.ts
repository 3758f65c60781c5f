// The also-bought rebuild from the orders in Medusa (its nightly job's workflow): every product and pair recounted.
import type { ExecArgs } from "@medusajs/framework/types"
import { rebuildAlsoBoughtStatisticsWorkflow } from "@touchpoints/also-bought/workflows"
import { timeJob } from "./timed-job"

export default async function benchAlsoBoughtRebuild({ container }: ExecArgs) {
  await timeJob(container, {
    name: "also-bought rebuild (also-bought)",
    rowsSql: `SELECT count(*) FROM "order" WHERE deleted_at IS NULL`,
    run: async () => (await rebuildAlsoBoughtStatisticsWorkflow(container).run()).result,
  })
}
