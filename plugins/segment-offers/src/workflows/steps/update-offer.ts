import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEGMENT_OFFERS_MODULE } from "../../modules/segment-offers"
import type SegmentOffersModuleService from "../../modules/segment-offers/service"
import type { OfferInput, OfferRecord } from "../types"

const JSON_COLUMNS = ["segment_ids", "placements", "content"] as const
const PLAIN_COLUMNS = [
  "name",
  "promotion_id",
  "priority",
  "status",
  "starts_at",
  "ends_at",
  "once_per_shopper",
] as const

async function write(service: SegmentOffersModuleService, id: string, values: Partial<OfferRecord>) {
  const plain = Object.fromEntries(PLAIN_COLUMNS.filter((key) => key in values).map((key) => [key, values[key]]))
  if (Object.keys(plain).length) {
    await service.updateOffers({ id, ...plain } as never)
  }
  for (const column of JSON_COLUMNS) {
    if (values[column] !== undefined) {
      await service.replaceJsonColumn({ table: "tp_offer", id, column, value: values[column] })
    }
  }
}

/** Changes an offer (lists and content are replaced, not merged); compensation puts back what it was. */
export const updateOfferStep = createStep(
  "touchpoints-segment-offers-update-offer-step",
  async (input: { id: string; update: Partial<OfferInput> }, { container }) => {
    const service = container.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE)
    const [before] = (await service.listOffers({ id: input.id })) as unknown as OfferRecord[]
    if (!before) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Offer ${input.id} was not found`)
    }
    await write(service, input.id, input.update as Partial<OfferRecord>)
    service.flushLists()
    return new StepResponse(input.id, before)
  },
  async (before, { container }) => {
    if (!before) return
    const service = container.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE)
    await write(service, before.id, before)
    service.flushLists()
  }
)
