import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEGMENT_OFFERS_MODULE } from "../../modules/segment-offers"
import type SegmentOffersModuleService from "../../modules/segment-offers/service"

/** Deletes an offer (its promotion stays: it may be in carts and orders); compensation restores it. */
export const deleteOfferStep = createStep(
  "touchpoints-segment-offers-delete-offer-step",
  async (id: string, { container }) => {
    const service = container.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE)
    const [offer] = await service.listOffers({ id }, { select: ["id"] })
    if (!offer) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Offer ${id} was not found`)
    }
    await service.softDeleteOffers(id)
    service.flushLists()
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    const service = container.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE)
    await service.restoreOffers(id)
    service.flushLists()
  }
)
