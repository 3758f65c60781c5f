import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEGMENT_OFFERS_MODULE } from "../../modules/segment-offers"
import type SegmentOffersModuleService from "../../modules/segment-offers/service"
import type { SegmentInput, SegmentRecord } from "../types"

/** Creates a segment; compensation deletes it. */
export const createSegmentStep = createStep(
  "touchpoints-segment-offers-create-segment-step",
  async (input: SegmentInput, { container }) => {
    const service = container.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE)
    const segment = (await service.createSegments(input as never)) as unknown as SegmentRecord
    service.flushLists()
    return new StepResponse(segment, segment.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service = container.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE)
    await service.deleteSegments(id)
    service.flushLists()
  }
)
