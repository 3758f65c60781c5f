import { Module } from "@medusajs/framework/utils"
import validateOptionsLoader from "./loaders/validate-options"
import AlsoBoughtModuleService from "./service"

// No shopper data here (checked for core's personal-data registry): order ids with the products bought together,
// pair and product counts, curation and bundles. A person's orders stay Medusa's; nothing to export or erase.
export const ALSO_BOUGHT_MODULE = "touchpointsAlsoBought"

export default Module(ALSO_BOUGHT_MODULE, {
  service: AlsoBoughtModuleService,
  loaders: [validateOptionsLoader],
})

export type { AlsoBoughtModuleService }
