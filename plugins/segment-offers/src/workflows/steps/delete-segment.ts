import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEGMENT_OFFERS_MODULE } from "../../modules/segment-offers"
import type SegmentOffersModuleService from "../../modules/segment-offers/service"

/**
 * Deletes a segment that no offer uses (an offer would silently lose its audience). Its stored memberships
 * and mirror group stay as they were (the sync only walks live segments). Compensation restores the segment.
 */
export const deleteSegmentStep = createStep(
  "touchpoints-segment-offers-delete-segment-step",
  async (id: string, { container }) => {
    const service = container.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE)
    const [segment] = await service.listSegments({ id })
    if (!segment) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Segment ${id} was not found`)
    }
    const users = (await service.listOffers({}, { select: ["id", "segment_ids"] })).filter((offer) =>
      (offer.segment_ids as string[]).includes(id)
    )
    if (users.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Segment ${id} is used by offer${users.length > 1 ? "s" : ""} ${users.map((offer) => offer.id).join(", ")}: change or delete them first`
      )
    }
    await service.softDeleteSegments(id)
    service.flushLists()
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    const service = container.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE)
    await service.restoreSegments(id)
    service.flushLists()
  }
)
