import type { MedusaContainer } from "@medusajs/framework/types"
import { VISITOR_MODULE } from "../modules/visitor"
import type VisitorModuleService from "../modules/visitor/service"
import { purgeExpiredVisitorEventsWorkflow } from "../workflows/visitor/purge-expired-visitor-events"

/**
 * Retention: raw visitor events older than `events.retentionDays` are deleted; profiles keep their
 * aggregates. Safe with two workers: deleting what is already gone deletes nothing.
 */
export default async function purgeExpiredVisitorEvents(container: MedusaContainer) {
  const { settings } = container.resolve<VisitorModuleService>(VISITOR_MODULE)
  const before = new Date(Date.now() - settings.events.retentionDays * 86_400_000).toISOString()
  await purgeExpiredVisitorEventsWorkflow(container).run({ input: { before } })
}

export const config = {
  name: "touchpoints-core-purge-expired-visitor-events-job",
  schedule: "17 3 * * *",
}
