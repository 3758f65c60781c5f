import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEGMENT_OFFERS_MODULE } from "../../modules/segment-offers"
import type SegmentOffersModuleService from "../../modules/segment-offers/service"
import type { OfferInput, OfferRecord } from "../types"

export const DEFAULT_PLACEMENTS = ["home", "product", "cart"]

/** Creates an offer; compensation deletes it. */
export const createOfferStep = createStep(
  "touchpoints-segment-offers-create-offer-step",
  async (input: OfferInput & { promotion_id: string }, { container }) => {
    const service = container.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE)
    const offer = (await service.createOffers({
      ...input,
      placements: input.placements ?? DEFAULT_PLACEMENTS,
      // safe by default for new offers: a shopper cannot farm the code with fresh visitor ids or emails
      once_per_shopper: input.once_per_shopper ?? true,
    } as never)) as unknown as OfferRecord
    service.flushLists()
    return new StepResponse(offer, offer.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service = container.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE)
    await service.deleteOffers(id)
    service.flushLists()
  }
)
