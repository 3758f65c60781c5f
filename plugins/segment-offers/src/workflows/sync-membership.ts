import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { applyMembershipChangesStep, type MembershipChanges } from "./steps/apply-membership-changes"

/** Stores customers' segment entries and exits and keeps the mirror groups in step. */
export const syncSegmentMembershipWorkflow = createWorkflow(
  "touchpoints-segment-offers-sync-membership",
  (input: MembershipChanges) => new WorkflowResponse(applyMembershipChangesStep(input))
)
