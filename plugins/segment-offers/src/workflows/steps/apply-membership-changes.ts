import type { ICustomerModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEGMENT_OFFERS_MODULE } from "../../modules/segment-offers"
import type SegmentOffersModuleService from "../../modules/segment-offers/service"

export type Membership = { segment_id: string; customer_id: string }
export type GroupPair = { customer_id: string; customer_group_id: string }

export type MembershipChanges = {
  entered: Membership[]
  left: Membership[]
  /** Mirror-group links to add and remove (computed from who is in the group now). */
  link: GroupPair[]
  unlink: GroupPair[]
}

/**
 * Stores customers' segment entries and exits and moves them in and out of the mirror groups. Returns the
 * entries this run inserted (a concurrent sync may have stored some first). Compensation undoes both.
 */
export const applyMembershipChangesStep = createStep(
  "touchpoints-segment-offers-apply-membership-changes-step",
  async (input: MembershipChanges, { container }) => {
    const service = container.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE)
    const customers = container.resolve<ICustomerModuleService>(Modules.CUSTOMER)
    const entered = await service.applyMembershipChanges({ entered: input.entered, left: input.left })
    if (input.link.length) await customers.addCustomerToGroup(input.link)
    if (input.unlink.length) await customers.removeCustomerFromGroup(input.unlink)
    return new StepResponse(entered, { entered, left: input.left, link: input.link, unlink: input.unlink })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE)
    const customers = container.resolve<ICustomerModuleService>(Modules.CUSTOMER)
    await service.applyMembershipChanges({ entered: undo.left, left: undo.entered })
    if (undo.link.length) await customers.removeCustomerFromGroup(undo.link)
    if (undo.unlink.length) await customers.addCustomerToGroup(undo.unlink)
  }
)
