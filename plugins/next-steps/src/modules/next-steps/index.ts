import { Module } from "@medusajs/framework/utils"
import validateOptionsLoader from "./loaders/validate-options"
import NextStepsModuleService from "./service"

export const NEXT_STEPS_MODULE = "nextSteps"

export default Module(NEXT_STEPS_MODULE, {
  service: NextStepsModuleService,
  loaders: [validateOptionsLoader],
})

export type { NextStepsModuleService }
