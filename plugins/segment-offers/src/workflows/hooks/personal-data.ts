import { registerPersonalData } from "@touchpoints/core/lib"
import { SEGMENT_OFFERS_MODULE } from "../../modules/segment-offers"
import type SegmentOffersModuleService from "../../modules/segment-offers/service"

/** This plugin's part of a person's export and erasure, run by core's workflow (see its repositories/personal-data.ts). */
registerPersonalData("segment-offers", {
  export: ({ container, subject }) =>
    container.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE).personalDataOf(subject),
  erase: ({ container, subject }) =>
    container.resolve<SegmentOffersModuleService>(SEGMENT_OFFERS_MODULE).erasePersonalData(subject),
})
