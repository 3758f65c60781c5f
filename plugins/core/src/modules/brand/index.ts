import { Module } from "@medusajs/framework/utils"
import BrandModuleService from "./service"

export const BRAND_MODULE = "touchpointsBrand"

export default Module(BRAND_MODULE, {
  service: BrandModuleService,
})

export { BrandModuleService }
