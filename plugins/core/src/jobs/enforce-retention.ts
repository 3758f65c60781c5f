import type { MedusaContainer } from "@medusajs/framework/types"
import { enforceRetentionWorkflow } from "../workflows/personal-data/enforce-retention"

/**
 * Retention (core's `retention` options): old email bodies cleared, old survey comments cleared, inactive
 * anonymous visitor profiles deleted. Safe with two workers: chunked statements that skip rows another holds.
 */
export default async function enforceRetention(container: MedusaContainer) {
  await enforceRetentionWorkflow(container).run({ input: { now: new Date().toISOString() } })
}

export const config = {
  name: "touchpoints-core-enforce-retention-job",
  schedule: "37 3 * * *",
}
