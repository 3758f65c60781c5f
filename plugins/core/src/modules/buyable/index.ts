import { Module } from "@medusajs/framework/utils"
import BuyableModuleService from "./service"

export const BUYABLE_MODULE = "touchpointsBuyable"

export default Module(BUYABLE_MODULE, {
  service: BuyableModuleService,
})

export type { SnapshotContext, SnapshotEntry } from "./repositories/buyable-snapshot"
export { BuyableModuleService }
