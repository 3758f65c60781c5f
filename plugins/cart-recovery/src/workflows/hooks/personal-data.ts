import { registerPersonalData } from "@touchpoints/core/lib"
import { CART_RECOVERY_MODULE } from "../../modules/cart-recovery"
import type CartRecoveryModuleService from "../../modules/cart-recovery/service"

/** This plugin's part of a person's export and erasure, run by core's workflow (see its repositories/personal-data.ts). */
registerPersonalData("cart-recovery", {
  export: ({ container, subject }) =>
    container.resolve<CartRecoveryModuleService>(CART_RECOVERY_MODULE).personalDataOf(subject),
  erase: ({ container, subject }) =>
    container.resolve<CartRecoveryModuleService>(CART_RECOVERY_MODULE).erasePersonalData(subject),
})
