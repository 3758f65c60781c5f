import type { ICustomerModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEGMENT_OFFERS_MODULE } from "../../modules/segment-offers"
import type SegmentOffersModuleService from "../../modules/segment-offers/service"
import type { SegmentRecord } from "../types"

export const mirrorGroupName = (segmentName: string) => `Segment: ${segmentName}`

/**
 * A mirrored segment gets its Medusa customer group when it has none (named after it, kept in step by the sync).
 * Turning the mirror off leaves the group and its customers as they are: the owner may rely on it.
 * Compensation deletes a group this step made.
 */
export const ensureMirrorGroupStep = createStep(
  "touchpoints-segment-offers-ensure-mirror-group-step",
  async (segmentId: string, { container }) => {
    const service = container.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE)
    const [segment] = (await service.listSegments({ id: segmentId })) as unknown as SegmentRecord[]
    if (!segment?.mirror_to_group || segment.customer_group_id) {
      return new StepResponse(segment ?? null, null)
    }
    const customers = container.resolve<ICustomerModuleService>(Modules.CUSTOMER)
    const group = await customers.createCustomerGroups({
      name: mirrorGroupName(segment.name),
      metadata: { touchpoints_segment_id: segment.id },
    })
    await service.updateSegments({ id: segment.id, customer_group_id: group.id } as never)
    service.flushLists()
    return new StepResponse({ ...segment, customer_group_id: group.id }, { segmentId: segment.id, groupId: group.id })
  },
  async (made, { container }) => {
    if (!made) return
    const service = container.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE)
    await service.updateSegments({ id: made.segmentId, customer_group_id: null } as never)
    await container.resolve<ICustomerModuleService>(Modules.CUSTOMER).deleteCustomerGroups(made.groupId)
    service.flushLists()
  }
)
