import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEGMENT_OFFERS_MODULE } from "../../modules/segment-offers"
import type SegmentOffersModuleService from "../../modules/segment-offers/service"
import type { SegmentInput, SegmentRecord } from "../types"

const FIELDS = ["name", "description", "status", "mirror_to_group", "email_offer"] as const

/** Changes a segment (the rule is replaced, not merged); compensation puts back what it was. */
export const updateSegmentStep = createStep(
  "touchpoints-segment-offers-update-segment-step",
  async (input: { id: string; update: Partial<SegmentInput> }, { container }) => {
    const service = container.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE)
    const [before] = (await service.listSegments({ id: input.id })) as unknown as SegmentRecord[]
    if (!before) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Segment ${input.id} was not found`)
    }
    const { rule, ...fields } = input.update
    if (Object.keys(fields).length) {
      await service.updateSegments({ id: input.id, ...fields } as never)
    }
    if (rule) {
      await service.replaceJsonColumn({ table: "tp_offer_segment", id: input.id, column: "rule", value: rule })
    }
    service.flushLists()
    return new StepResponse(input.id, before)
  },
  async (before, { container }) => {
    if (!before) return
    const service = container.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE)
    await service.updateSegments({
      id: before.id,
      ...Object.fromEntries(FIELDS.map((key) => [key, before[key]])),
    } as never)
    await service.replaceJsonColumn({ table: "tp_offer_segment", id: before.id, column: "rule", value: before.rule })
    service.flushLists()
  }
)
