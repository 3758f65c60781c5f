import type { INotificationModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { EMAIL_MODULE } from "../../modules/email"
import type { EmailSendRow } from "../../modules/email/lib/types"
import type EmailModuleService from "../../modules/email/service"

export type DeliveryStatus = "sent" | "failed" | "dead"

/** SMTP said the recipient does not exist or refuses mail (5xx on RCPT): retrying cannot help. */
const PERMANENT_REJECTION = /recipients were rejected:\s*5\d\d|\b55[0-4]\b.*(user|mailbox|recipient)/i

/** Medusa's notification idempotency key of an attempt: the claim's key first, then one per retry. */
function notificationKey(send: EmailSendRow, attempt: number): string {
  return attempt <= 1 ? send.idempotency_key : `${send.idempotency_key}:attempt-${attempt}`
}

/**
 * Sends one claimed message (its status is already "sending") through Medusa's Notification module and records
 * the outcome. A previous attempt that did go out (the worker died before recording it) is recorded, not resent.
 */
export async function deliverSend(container: MedusaContainer, send: EmailSendRow): Promise<DeliveryStatus> {
  const emails = container.resolve<EmailModuleService>(EMAIL_MODULE)
  const notifications = container.resolve<INotificationModuleService>(Modules.NOTIFICATION)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (send.attempts > 1) {
    // the module filters on idempotency_key, its filter type just does not declare it
    const byKey = { idempotency_key: notificationKey(send, send.attempts - 1) } as Record<string, unknown>
    const [previous] = await notifications.listNotifications(byKey, { select: ["id", "status"] })
    if (previous?.status === "success") {
      await emails.markSent(send.id, previous.id)
      return "sent"
    }
  }
  try {
    const [notification] = await notifications.createNotifications([
      {
        to: send.recipient,
        from: emails.settings.from,
        channel: "email",
        template: send.template,
        idempotency_key: notificationKey(send, send.attempts),
        trigger_type: send.flow,
        resource_id: send.subject_id,
        resource_type: send.flow,
        data: { send_id: send.id, step: send.step },
        content: { subject: send.subject, html: send.html, text: send.body_text },
        provider_data: { headers: send.headers },
      },
    ])
    await emails.markSent(send.id, notification?.id ?? null)
    return "sent"
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const permanent = PERMANENT_REJECTION.test(message)
    if (permanent) {
      await emails.suppress({ address: send.recipient, reason: "bounced", source: `smtp:${send.idempotency_key}` })
    }
    const status = await emails.markFailed(send.id, { message, permanent })
    const log = status === "dead" ? logger.error.bind(logger) : logger.warn.bind(logger)
    log(`touchpoints email ${send.idempotency_key}: attempt ${send.attempts} failed (${status}): ${message}`)
    return status
  }
}
