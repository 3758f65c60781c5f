import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type RecordCartRecoveryInput, recordCartRecoveryStep } from "./steps/record-cart-recovery"

export const recordCartRecoveryWorkflowId = "touchpoints-record-cart-recovery"

export const recordCartRecoveryWorkflow = createWorkflow(
  recordCartRecoveryWorkflowId,
  (input: RecordCartRecoveryInput) => new WorkflowResponse(recordCartRecoveryStep(input))
)
