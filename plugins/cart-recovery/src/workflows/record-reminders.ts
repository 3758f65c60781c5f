import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { StepRecord } from "../modules/cart-recovery/service"
import { recordRemindersStep } from "./steps/record-reminders"

export const recordCartRemindersWorkflowId = "touchpoints-cart-recovery-record-reminders"

export const recordCartRemindersWorkflow = createWorkflow(
  recordCartRemindersWorkflowId,
  (input: { records: StepRecord[] }) => new WorkflowResponse(recordRemindersStep(input))
)
