import type { MedusaContainer } from "@medusajs/framework/types"
import { rebuildAlsoBoughtStatisticsWorkflow } from "../workflows/rebuild-statistics"

/** Nightly full rebuild: corrects any drift of the incremental counts. Two workers converge (one lock). */
export default async function rebuildAlsoBoughtStatistics(container: MedusaContainer) {
  await rebuildAlsoBoughtStatisticsWorkflow(container).run()
}

export const config = { name: "touchpoints-also-bought-rebuild-statistics-job", schedule: "5 4 * * *" }
