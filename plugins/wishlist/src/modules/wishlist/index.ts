import { Module } from "@medusajs/framework/utils"
import validateOptionsLoader from "./loaders/validate-options"
import WishlistModuleService from "./service"

export const WISHLIST_MODULE = "touchpointsWishlist"

export default Module(WISHLIST_MODULE, {
  service: WishlistModuleService,
  loaders: [validateOptionsLoader],
})

export type { WishlistModuleService }
