import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CART_RECOVERY_MODULE } from "../../modules/cart-recovery"
import type { OwnerSettingsValue } from "../../modules/cart-recovery/lib/owner-settings"
import type CartRecoveryModuleService from "../../modules/cart-recovery/service"

export const replaceCartRecoverySettingsStepId = "touchpoints-cart-recovery-replace-settings-step"

/**
 * Stores the owner's sequence and rules (null: back to the plugin options). Compensation puts back exactly what
 * was stored before (a row, or none).
 */
export const replaceCartRecoverySettingsStep = createStep(
  replaceCartRecoverySettingsStepId,
  async (input: { settings: OwnerSettingsValue | null }, { container }) => {
    const recovery = container.resolve<CartRecoveryModuleService>(CART_RECOVERY_MODULE)
    const previous = await recovery.replaceSavedSettings(input.settings)
    return new StepResponse(input.settings, { previous })
  },
  async (undo: { previous: OwnerSettingsValue | null } | undefined, { container }) => {
    if (!undo) return
    await container.resolve<CartRecoveryModuleService>(CART_RECOVERY_MODULE).replaceSavedSettings(undo.previous)
  }
)
