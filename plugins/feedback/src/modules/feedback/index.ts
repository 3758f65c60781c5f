import { Module } from "@medusajs/framework/utils"
import validateOptionsLoader from "./loaders/validate-options"
import FeedbackModuleService from "./service"

export const FEEDBACK_MODULE = "touchpointsFeedback"

export default Module(FEEDBACK_MODULE, {
  service: FeedbackModuleService,
  loaders: [validateOptionsLoader],
})

export type { FeedbackModuleService }
