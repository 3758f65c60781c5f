import type { MedusaContainer } from "@medusajs/framework/types"
import { type PersonalDataSubject, registerPersonalData } from "../../lib/personal-data"
import { EMAIL_MODULE } from "../../modules/email"
import type EmailModuleService from "../../modules/email/service"
import { VISITOR_MODULE } from "../../modules/visitor"
import type VisitorModuleService from "../../modules/visitor/service"
import { deleteMedusaNotifications, medusaNotificationsOf } from "../personal-data/lib/medusa-notifications"

/**
 * Core's own part: visitor profiles, visitor ids, events, cart and order associations (visitor module), and sends,
 * consent changes and suppressions (email module), and Medusa's notification rows of those messages. The brand module keeps no shopper data. Its retention clears
 * old email bodies and deletes inactive anonymous profiles (core's `retention` options).
 */
/** Medusa's notification rows of the person's messages (to their addresses, or about their carts, orders...). */
async function notificationsOf(container: MedusaContainer, subject: PersonalDataSubject) {
  const { subjectIds, flows } = await container.resolve<EmailModuleService>(EMAIL_MODULE).sendSubjectsOf(subject)
  return medusaNotificationsOf(container, { emails: subject.emails, resourceIds: subjectIds, flows })
}

const daysBefore = (days: number, now: Date) => new Date(now.getTime() - days * 86_400_000)

registerPersonalData("core", {
  export: async ({ container, subject }) => ({
    ...(await container.resolve<VisitorModuleService>(VISITOR_MODULE).personalDataOf(subject)),
    ...(await container.resolve<EmailModuleService>(EMAIL_MODULE).personalDataOf(subject)),
    notifications: await notificationsOf(container, subject),
  }),
  erase: async ({ container, subject }) => {
    // Medusa's copies first: the sends are what tie an owner's alert about the person to them
    const notifications = await notificationsOf(container, subject)
    const erasedNotifications = await deleteMedusaNotifications(
      container,
      notifications.map((row) => row.id as string)
    )
    return {
      ...(await container.resolve<VisitorModuleService>(VISITOR_MODULE).erasePersonalData(subject)),
      ...(await container.resolve<EmailModuleService>(EMAIL_MODULE).erasePersonalData(subject)),
      notifications: erasedNotifications,
    }
  },
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
