import type { MedusaContainer } from "@medusajs/framework/types"
import { reconcileCatalogMemoryWorkflow } from "../workflows/reconcile-catalog-memory"

/** Nightly: remember every product and notice deletions whose events were missed (idempotent, two workers safe). */
export default async function reconcileCatalogMemoryJob(container: MedusaContainer) {
  await reconcileCatalogMemoryWorkflow(container).run()
}

export const config = { name: "touchpoints-next-steps-reconcile-catalog-memory-job", schedule: "15 4 * * *" }
