import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EMAIL_MODULE } from "../../../modules/email"
import type EmailModuleService from "../../../modules/email/service"

export const saveConsentPolicyStepId = "touchpoints-core-save-consent-policy-step"

export type SaveConsentPolicyInput = { single_opt_in_flows: string[]; updated_by: string | null }

type Snapshot = { id: string; single_opt_in_flows: string[]; updated_by: string | null }

/** Saves the owner's consent rules (one row); compensation puts the previous rules back, or removes the row. */
export const saveConsentPolicyStep = createStep(
  saveConsentPolicyStepId,
  async (input: SaveConsentPolicyInput, { container }) => {
    const emails = container.resolve<EmailModuleService>(EMAIL_MODULE)
    const [previous] = await emails.listEmailConsentSettings({}, { take: 1, order: { updated_at: "DESC" } })
    const data = { single_opt_in_flows: [...new Set(input.single_opt_in_flows)].sort(), updated_by: input.updated_by }
    const saved = previous
      ? await emails.updateEmailConsentSettings({ id: previous.id, ...data })
      : await emails.createEmailConsentSettings(data)
    const snapshot: Snapshot | { id: string; created: true } = previous
      ? {
          id: previous.id,
          single_opt_in_flows: previous.single_opt_in_flows,
          updated_by: previous.updated_by,
        }
      : { id: saved.id, created: true }
    return new StepResponse({ id: saved.id, ...data }, snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot) return
    const emails = container.resolve<EmailModuleService>(EMAIL_MODULE)
    if ("created" in snapshot) await emails.deleteEmailConsentSettings(snapshot.id)
    else await emails.updateEmailConsentSettings(snapshot)
  }
)
