import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CART_RECOVERY_MODULE } from "../../../../modules/cart-recovery"
import type CartRecoveryModuleService from "../../../../modules/cart-recovery/service"

/** The reminder sequence in effect (set in the plugin's options): each step's delay and incentive, and the rules. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { settings } = req.scope.resolve<CartRecoveryModuleService>(CART_RECOVERY_MODULE)
  res.json({
    settings: {
      steps: settings.steps.map((step, index) => ({
        step: index + 1,
        delay_hours: step.delayHours,
        incentive_percent: step.incentivePercent ?? null,
      })),
      require_consent: settings.requireConsent,
      max_cart_age_days: settings.maxCartAgeDays,
      recovery_url: settings.recoveryUrl,
    },
  })
}
