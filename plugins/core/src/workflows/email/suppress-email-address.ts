import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type SuppressEmailAddressInput, suppressEmailAddressStep } from "./steps/suppress-email-address"

export const suppressEmailAddressWorkflowId = "touchpoints-core-suppress-email-address"

/** No flow mails the address any more (whatever its consent says). */
export const suppressEmailAddressWorkflow = createWorkflow(
  suppressEmailAddressWorkflowId,
  (input: SuppressEmailAddressInput) => new WorkflowResponse(suppressEmailAddressStep(input))
)
