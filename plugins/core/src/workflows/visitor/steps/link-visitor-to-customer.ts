import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VISITOR_MODULE } from "../../../modules/visitor"
import type VisitorModuleService from "../../../modules/visitor/service"

export const linkVisitorToCustomerStepId = "touchpoints-core-link-visitor-to-customer-step"

export type LinkVisitorToCustomerInput = { visitor_id: string; customer_id: string }

/**
 * Links (or merges) in a single transaction, so a failure leaves nothing half-done; a merge
 * cannot be split again once later events landed, so there is no compensation to run.
 */
export const linkVisitorToCustomerStep = createStep(
  linkVisitorToCustomerStepId,
  async (input: LinkVisitorToCustomerInput, { container }) => {
    const visitors = container.resolve<VisitorModuleService>(VISITOR_MODULE)
    const outcome = await visitors.linkCustomer({ anonymousId: input.visitor_id, customerId: input.customer_id })
    return new StepResponse(outcome)
  }
)
