import { Module } from "@medusajs/framework/utils"
import validateOptionsLoader from "./loaders/validate-options"
import SegmentOffersModuleService from "./service"

export const SEGMENT_OFFERS_MODULE = "touchpointsSegmentOffers"

export default Module(SEGMENT_OFFERS_MODULE, {
  service: SegmentOffersModuleService,
  loaders: [validateOptionsLoader],
})

export type { SegmentOffersModuleService }
