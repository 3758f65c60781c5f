import { Module } from "@medusajs/framework/utils"
import validateOptionsLoader from "./loaders/validate-options"
import AlsoBoughtModuleService from "./service"

export const ALSO_BOUGHT_MODULE = "alsoBought"

export default Module(ALSO_BOUGHT_MODULE, {
  service: AlsoBoughtModuleService,
  loaders: [validateOptionsLoader],
})

export type { AlsoBoughtModuleService }
