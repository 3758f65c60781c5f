import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type RecordReminderInput, recordReminderStep } from "./steps/record-reminder"

export const recordCartReminderWorkflowId = "touchpoints-record-cart-reminder"

export const recordCartReminderWorkflow = createWorkflow(
  recordCartReminderWorkflowId,
  (input: RecordReminderInput) => new WorkflowResponse(recordReminderStep(input))
)
