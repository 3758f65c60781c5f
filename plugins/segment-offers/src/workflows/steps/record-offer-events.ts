import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEGMENT_OFFERS_MODULE } from "../../modules/segment-offers"
import type { OfferEventInput } from "../../modules/segment-offers/lib/types"
import type SegmentOffersModuleService from "../../modules/segment-offers/service"

/** Counts offer funnel events once each; compensation removes the ones this step added. */
export const recordOfferEventsStep = createStep(
  "touchpoints-segment-offers-record-offer-events-step",
  async (events: OfferEventInput[], { container }) => {
    const service = container.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE)
    const ids = await service.recordOfferEvents(events)
    return new StepResponse(ids.length, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE).forgetOfferEvents(ids)
  }
)
