import type EmailModuleService from "../../../../modules/email/service"

/**
 * An address's consent as the owner sees it: the effective state per flow, every change oldest first (with
 * source and proof), and the rules in force (which flows are single opt-in).
 */
export async function consentAnswerOf(emails: EmailModuleService, address: string) {
  const [states, history, policy] = await Promise.all([
    emails.consentStates(address),
    emails.consentHistory(address),
    policyOf(emails),
  ])
  return {
    address,
    states,
    history,
    count: history.length,
    policy,
  }
}

/** Which flows count a guest's opt-in at once (single opt-in) and how long confirmation links work. */
export async function policyOf(emails: EmailModuleService) {
  const policy = await emails.consentPolicy()
  return {
    single_opt_in_flows: policy.singleOptInFlows,
    confirmation_hours: emails.settings.consent.confirmationHours,
    /** "admin": the owner saved the flows in the admin; "options": core's email.consent option applies. */
    set_in: policy.saved ? "admin" : "options",
  }
}
