import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VISITOR_MODULE } from "../../../modules/visitor"
import type VisitorModuleService from "../../../modules/visitor/service"

export const associateVisitorCartStepId = "touchpoints-core-associate-visitor-cart-step"

export type AssociateVisitorCartInput = { cart_id: string; visitor_id: string }

/**
 * Records that the visitor uses the cart, unless the cart already has a visitor (the first one stays).
 * Answers the cart's visitor; compensation removes the association only when this step made it.
 */
export const associateVisitorCartStep = createStep(
  associateVisitorCartStepId,
  async (input: AssociateVisitorCartInput, { container }) => {
    const { anonymous_id, created_id } = await container
      .resolve<VisitorModuleService>(VISITOR_MODULE)
      .associateCart({ cartId: input.cart_id, anonymousId: input.visitor_id, source: "request" })
    return new StepResponse(
      { cart_id: input.cart_id, visitor_id: anonymous_id, associated: anonymous_id === input.visitor_id },
      created_id ?? undefined
    )
  },
  async (createdId: string | undefined, { container }) => {
    if (createdId) {
      await container.resolve<VisitorModuleService>(VISITOR_MODULE).forgetCartAssociations([createdId])
    }
  }
)
