import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { reconcileCatalogMemoryStep } from "./steps/reconcile-catalog-memory"

export const reconcileCatalogMemoryWorkflowId = "touchpoints-next-steps-reconcile-catalog-memory"

/** Brings the product memory in line with the catalog (nightly job, demo seed, after install). */
export const reconcileCatalogMemoryWorkflow = createWorkflow(
  reconcileCatalogMemoryWorkflowId,
  () => new WorkflowResponse(reconcileCatalogMemoryStep())
)
