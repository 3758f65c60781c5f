import type EmailModuleService from "../../../../modules/email/service"

/**
 * An address's consent as the owner sees it: the effective state per flow, every change oldest first (with
 * source and proof), and the rules in force (which flows are single opt-in).
 */
export async function consentAnswerOf(emails: EmailModuleService, address: string) {
  const [states, history] = await Promise.all([emails.consentStates(address), emails.consentHistory(address)])
  return {
    address,
    states,
    history,
    count: history.length,
    policy: policyOf(emails),
  }
}

/** Which flows count a guest's opt-in at once (single opt-in) and how long confirmation links work. */
export function policyOf(emails: EmailModuleService) {
  return {
    single_opt_in_flows: emails.consentPolicy.singleOptInFlows,
    confirmation_hours: emails.settings.consent.confirmationHours,
  }
}
