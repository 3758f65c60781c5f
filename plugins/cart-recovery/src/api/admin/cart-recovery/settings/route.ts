import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CART_RECOVERY_MODULE } from "../../../../modules/cart-recovery"
import { settingsView } from "../../../../modules/cart-recovery/lib/owner-settings"
import type CartRecoveryModuleService from "../../../../modules/cart-recovery/service"
import { saveCartRecoverySettingsWorkflow } from "../../../../workflows/save-settings"
import type { PostCartRecoverySettingsType } from "../validators"

const recoveryOf = (req: AuthenticatedMedusaRequest) =>
  req.scope.resolve<CartRecoveryModuleService>(CART_RECOVERY_MODULE)

/**
 * The reminder sequence in effect (each step's delay and incentive) and the rules, with `source`: "owner" when
 * saved here, "options" when the plugin's options apply.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ settings: settingsView(await recoveryOf(req).currentSettings()) })
}

/** Saves the whole sequence and rules; from the next scan on every server and worker uses them. */
export async function POST(req: AuthenticatedMedusaRequest<PostCartRecoverySettingsType>, res: MedusaResponse) {
  const { steps, require_consent, max_cart_age_days, recovery_url } = req.validatedBody
  await saveCartRecoverySettingsWorkflow(req.scope).run({
    input: { settings: { steps, require_consent, max_cart_age_days, recovery_url } },
  })
  res.json({ settings: settingsView(await recoveryOf(req).currentSettings()) })
}

/** Forgets the owner's settings: the plugin options apply again. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await saveCartRecoverySettingsWorkflow(req.scope).run({ input: { settings: null } })
  res.json({ settings: settingsView(await recoveryOf(req).currentSettings()) })
}
