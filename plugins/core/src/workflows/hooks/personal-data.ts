import { registerPersonalData } from "../../lib/personal-data"
import { EMAIL_MODULE } from "../../modules/email"
import type EmailModuleService from "../../modules/email/service"
import { VISITOR_MODULE } from "../../modules/visitor"
import type VisitorModuleService from "../../modules/visitor/service"

/**
 * Core's own part: visitor profiles, visitor ids, events, cart and order associations (visitor module), and sends,
 * consent changes and suppressions (email module). The brand module keeps no shopper data. Its retention clears
 * old email bodies and deletes inactive anonymous profiles (core's `retention` options).
 */
const daysBefore = (days: number, now: Date) => new Date(now.getTime() - days * 86_400_000)

registerPersonalData("core", {
  export: async ({ container, subject }) => ({
    ...(await container.resolve<VisitorModuleService>(VISITOR_MODULE).personalDataOf(subject)),
    ...(await container.resolve<EmailModuleService>(EMAIL_MODULE).personalDataOf(subject)),
  }),
  erase: async ({ container, subject }) => ({
    ...(await container.resolve<VisitorModuleService>(VISITOR_MODULE).erasePersonalData(subject)),
    ...(await container.resolve<EmailModuleService>(EMAIL_MODULE).erasePersonalData(subject)),
  }),
  retain: async ({ container, policy, now }) => {
    const done: Record<string, number> = {}
    if (policy.emailBodiesDays !== null) {
      done.email_bodies = await container
        .resolve<EmailModuleService>(EMAIL_MODULE)
        .clearSentBodies(daysBefore(policy.emailBodiesDays, now))
    }
    if (policy.inactiveVisitorDays !== null) {
      done.inactive_profiles = await container
        .resolve<VisitorModuleService>(VISITOR_MODULE)
        .deleteInactiveProfiles(daysBefore(policy.inactiveVisitorDays, now))
    }
    return done
  },
})
