import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The error code of an offer whose code gives nothing on the cart (the apply route answers it as a 409). */
export const OFFER_NOT_APPLICABLE = "offer_not_applicable"

/**
 * Medusa leaves out a code whose promotion gives nothing on this cart (an empty cart, items it excludes):
 * then the offer was not applied, and the workflow rolls back rather than count an apply that did not happen.
 * A 409: the shopper may apply it again once the cart qualifies.
 */
export const ensureCodeAppliedStep = createStep(
  "touchpoints-segment-offers-ensure-code-applied-step",
  async (input: { cart_id: string; code: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: ["id", "promotions.code"],
      filters: { id: input.cart_id },
    })
    const codes = ((data[0]?.promotions ?? []) as ({ code?: string | null } | null)[]).map(
      (promotion) => promotion?.code
    )
    if (!codes.includes(input.code)) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `The offer's code ${input.code} gives nothing on this cart yet (add items it applies to first)`,
        OFFER_NOT_APPLICABLE
      )
    }
    return new StepResponse(true)
  }
)
