import { Module } from "@medusajs/framework/utils"
import validateOptionsLoader from "./loaders/validate-options"
import CartRecoveryModuleService from "./service"

export const CART_RECOVERY_MODULE = "touchpointsCartRecovery"

export default Module(CART_RECOVERY_MODULE, {
  service: CartRecoveryModuleService,
  loaders: [validateOptionsLoader],
})

export type { CartRecoveryModuleService }
