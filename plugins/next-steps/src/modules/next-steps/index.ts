import { Module } from "@medusajs/framework/utils"
import validateOptionsLoader from "./loaders/validate-options"
import NextStepsModuleService from "./service"

// No shopper data here (checked for core's personal-data registry): product memories, curation and group
// settings; nothing to export or erase.
export const NEXT_STEPS_MODULE = "touchpointsNextSteps"

export default Module(NEXT_STEPS_MODULE, {
  service: NextStepsModuleService,
  loaders: [validateOptionsLoader],
})

export type { NextStepsModuleService }
