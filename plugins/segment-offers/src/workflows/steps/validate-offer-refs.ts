import type { IPromotionModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEGMENT_OFFERS_MODULE } from "../../modules/segment-offers"
import type SegmentOffersModuleService from "../../modules/segment-offers/service"

/**
 * An offer's segments must exist and its promotion must be a code a shopper applies: an automatic promotion
 * would reach everyone, members or not.
 */
export const validateOfferRefsStep = createStep(
  "touchpoints-segment-offers-validate-offer-refs-step",
  async (input: { segment_ids?: string[]; promotion_id?: string }, { container }) => {
    if (input.segment_ids?.length) {
      const service = container.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE)
      const found = await service.listSegments({ id: input.segment_ids }, { select: ["id"] })
      const missing = input.segment_ids.filter((id) => !found.some((segment) => segment.id === id))
      if (missing.length) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown segment_ids: ${missing.join(", ")}`)
      }
    }
    if (input.promotion_id) {
      const promotions = container.resolve<IPromotionModuleService>(Modules.PROMOTION)
      const [promotion] = await promotions.listPromotions(
        { id: input.promotion_id },
        { select: ["id", "is_automatic", "code"] }
      )
      if (!promotion) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown promotion_id: ${input.promotion_id}`)
      }
      if (promotion.is_automatic) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Promotion ${promotion.code} is automatic: an offer needs a code-based promotion so only members can use it`
        )
      }
    }
    return new StepResponse(true)
  }
)
