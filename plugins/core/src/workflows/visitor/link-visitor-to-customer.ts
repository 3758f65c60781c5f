import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type LinkVisitorToCustomerInput, linkVisitorToCustomerStep } from "./steps/link-visitor-to-customer"

export const linkVisitorToCustomerWorkflowId = "touchpoints-core-link-visitor-to-customer"

/** Links a browser's visitor id to the logged-in customer; idempotent, merges two devices' profiles. */
export const linkVisitorToCustomerWorkflow = createWorkflow(
  linkVisitorToCustomerWorkflowId,
  (input: LinkVisitorToCustomerInput) => new WorkflowResponse(linkVisitorToCustomerStep(input))
)
