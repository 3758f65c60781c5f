import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateOfferStep } from "./steps/update-offer"
import { validateOfferRefsStep } from "./steps/validate-offer-refs"
import type { OfferInput } from "./types"

/** Changes an offer. */
export const updateOfferWorkflow = createWorkflow(
  "touchpoints-segment-offers-update-offer",
  (input: { id: string; update: Partial<OfferInput> }) => {
    validateOfferRefsStep(
      transform({ input }, ({ input }) => ({
        segment_ids: input.update.segment_ids,
        promotion_id: input.update.promotion_id,
      }))
    )
    return new WorkflowResponse(updateOfferStep(input))
  }
)
