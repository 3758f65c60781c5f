import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordRecoveryClickStep } from "./steps/record-recovery-click"

export const recordRecoveryClickWorkflowId = "touchpoints-record-recovery-click"

export const recordRecoveryClickWorkflow = createWorkflow(
  recordRecoveryClickWorkflowId,
  (input: { cart_id: string }) => new WorkflowResponse(recordRecoveryClickStep(input))
)
