import { Module } from "@medusajs/framework/utils"
import validateOptionsLoader from "./loaders/validate-options"
import VisitorModuleService from "./service"

export const VISITOR_MODULE = "touchpointsVisitor"

export default Module(VISITOR_MODULE, {
  service: VisitorModuleService,
  loaders: [validateOptionsLoader],
})

export type { ProfileFacts } from "./repositories/profile-facts"
export type { VisitorModuleService }
