import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type AssociateVisitorCartInput, associateVisitorCartStep } from "./steps/associate-visitor-cart"

export const associateVisitorCartWorkflowId = "touchpoints-core-associate-visitor-cart"

/**
 * Remembers which visitor uses a cart (first association wins), so a guest's order placed from it counts into
 * that visitor's profile. Fed by store cart requests that carry the visitor header.
 */
export const associateVisitorCartWorkflow = createWorkflow(
  associateVisitorCartWorkflowId,
  (input: AssociateVisitorCartInput) => new WorkflowResponse(associateVisitorCartStep(input))
)
