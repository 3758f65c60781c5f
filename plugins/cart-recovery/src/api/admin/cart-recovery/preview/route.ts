import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { EMAIL_MODULE, type EmailModuleService } from "@touchpoints/core/modules/email"
import { CART_RECOVERY_FLOW, CART_RECOVERY_TEMPLATES, CART_REMINDER_TEMPLATE } from "../../../../lib/reminder-email"
import { sampleReminderData } from "../../../../lib/sample-reminder"
import { CART_RECOVERY_MODULE } from "../../../../modules/cart-recovery"
import type CartRecoveryModuleService from "../../../../modules/cart-recovery/service"
import type { GetCartRecoveryPreviewType } from "../validators"

/**
 * Reminder `step` rendered with a sample cart exactly as it would go out (the owner's templates, the shared
 * layout, the unsubscribe link) under the sequence in effect (the owner's saved one, else the options):
 * `{ subject, html, text }`.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetCartRecoveryPreviewType>, res: MedusaResponse) {
  const settings = await req.scope.resolve<CartRecoveryModuleService>(CART_RECOVERY_MODULE).currentSettings()
  const step = req.validatedQuery.step - 1
  if (step >= settings.steps.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `step must be 1-${settings.steps.length}`)
  }
  const emails = req.scope.resolve<EmailModuleService>(EMAIL_MODULE)
  const composed = emails.composer.compose({
    template: CART_REMINDER_TEMPLATE,
    templateRoot: CART_RECOVERY_TEMPLATES,
    locale: req.validatedQuery.locale,
    data: sampleReminderData({ step, steps: settings.steps, recoveryUrl: settings.recoveryUrl }),
    unsubscribe: { address: "shopper@example.com", flow: CART_RECOVERY_FLOW },
  })
  res.json({ step: step + 1, subject: composed.subject, html: composed.html, text: composed.text })
}
