import { Module } from "@medusajs/framework/utils"
import validateOptionsLoader from "../visitor/loaders/validate-options"
import checkShopIdentityLoader from "./loaders/check-shop-identity"
import EmailModuleService from "./service"

export const EMAIL_MODULE = "touchpointsEmail"

export default Module(EMAIL_MODULE, {
  service: EmailModuleService,
  loaders: [validateOptionsLoader, checkShopIdentityLoader],
})

export type { EmailSettings } from "./lib/settings"
export { normalizeAddress } from "./lib/types"
export type { EmailModuleService }
