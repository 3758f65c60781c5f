import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { createPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { createOfferStep } from "./steps/create-offer"
import { validateOfferRefsStep } from "./steps/validate-offer-refs"
import type { NewOfferPromotion, OfferInput } from "./types"

export type CreateOfferWorkflowInput = { offer: OfferInput; promotion?: NewOfferPromotion }

/** The Medusa promotion an offer brings with it: a code for an amount or percentage off the order. */
const promotionToCreate = (promotion: NewOfferPromotion, offerName: string) => ({
  code: promotion.code,
  type: "standard" as const,
  status: "active" as const,
  is_automatic: false,
  application_method: {
    type: promotion.type,
    target_type: "order" as const,
    allocation: "across" as const,
    value: promotion.value,
    ...(promotion.currency_code && { currency_code: promotion.currency_code }),
  },
  ...(promotion.campaign && {
    campaign: {
      name: offerName,
      campaign_identifier: `tp-offer-${promotion.code}`,
      starts_at: promotion.campaign.starts_at ? new Date(promotion.campaign.starts_at) : null,
      ends_at: promotion.campaign.ends_at ? new Date(promotion.campaign.ends_at) : null,
      ...(promotion.campaign.usage_limit && {
        budget: { type: "usage" as const, limit: promotion.campaign.usage_limit },
      }),
    },
  }),
})

/**
 * Creates an offer on an existing promotion (`offer.promotion_id`) or on one made with it (`promotion`); a
 * failure after the promotion was made deletes it again (Medusa's workflow compensates).
 */
export const createOfferWorkflow = createWorkflow(
  "touchpoints-segment-offers-create-offer",
  (input: CreateOfferWorkflowInput) => {
    validateOfferRefsStep(
      transform({ input }, ({ input }) => ({
        segment_ids: input.offer.segment_ids,
        promotion_id: input.offer.promotion_id,
      }))
    )
    const made = when(
      "touchpoints-segment-offers-offer-makes-promotion",
      { input },
      ({ input }) => !!input.promotion
    ).then(() =>
      createPromotionsWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({
          promotionsData: [promotionToCreate(input.promotion as NewOfferPromotion, input.offer.name)],
        })),
      })
    )
    const offer = transform({ input, made }, ({ input, made }) => ({
      ...input.offer,
      promotion_id: input.offer.promotion_id ?? (made as { id: string }[])[0].id,
    }))
    return new WorkflowResponse(createOfferStep(offer))
  }
)
