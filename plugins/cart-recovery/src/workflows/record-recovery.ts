import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type RecordCartRecoveryInput, recordCartRecoveryStep } from "./steps/record-recovery"

export const recordCartRecoveryWorkflowId = "touchpoints-cart-recovery-record-recovery"

export const recordCartRecoveryWorkflow = createWorkflow(
  recordCartRecoveryWorkflowId,
  (input: RecordCartRecoveryInput) => new WorkflowResponse(recordCartRecoveryStep(input))
)
