import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EMAIL_MODULE } from "../../../modules/email"
import { normalizeAddress } from "../../../modules/email/lib/types"
import type EmailModuleService from "../../../modules/email/service"

export type SuppressEmailAddressInput = {
  address: string
  reason: "bounced" | "complained" | "manual"
  source: string
}

type Previous = { address: string; reason: "bounced" | "complained" | "manual"; source: string } | null

export const suppressEmailAddressStepId = "touchpoints-core-suppress-email-address-step"

/** Suppresses an address; compensation restores the previous suppression, or lifts the new one. */
export const suppressEmailAddressStep = createStep(
  suppressEmailAddressStepId,
  async (input: SuppressEmailAddressInput, { container }) => {
    const emails = container.resolve<EmailModuleService>(EMAIL_MODULE)
    const address = normalizeAddress(input.address)
    const [previous] = await emails.listEmailSuppressions({ address }, { select: ["address", "reason", "source"] })
    await emails.suppress({ ...input, address })
    return new StepResponse<string, { address: string; previous: Previous }>(address, {
      address,
      previous: (previous as Previous) ?? null,
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const emails = container.resolve<EmailModuleService>(EMAIL_MODULE)
    if (undo.previous) await emails.suppress(undo.previous)
    else await emails.deleteEmailSuppressions({ address: undo.address })
  }
)
