import type { INotificationModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { EMAIL_MODULE } from "../../../modules/email"
import type { EmailSendRow } from "../../../modules/email/lib/types"
import type EmailModuleService from "../../../modules/email/service"

export type DeliveryStatus = "sent" | "failed" | "dead"

/** SMTP said the recipient does not exist or refuses mail (5xx on RCPT): retrying cannot help. */
const PERMANENT_REJECTION = /recipients were rejected:\s*5\d\d|\b55[0-4]\b.*(user|mailbox|recipient)/i

/** Medusa's notification idempotency key of an attempt: the claim's key first, then one per retry. */
function notificationKey(send: EmailSendRow, attempt: number): string {
  return attempt <= 1 ? send.idempotency_key : `${send.idempotency_key}:attempt-${attempt}`
}

/** Who a message is from: core's `shop.from` and `shop.replyTo` (no `from`: the SMTP provider's own). */
type Sender = { from?: string; replyTo?: string }

/** What Medusa's Notification module is given for a send's attempt. */
function notificationOf(send: EmailSendRow, sender: Sender, attempt: number) {
  return {
    to: send.recipient,
    from: sender.from ?? null,
    channel: "email",
    template: send.template,
    idempotency_key: notificationKey(send, attempt),
    trigger_type: send.flow,
    resource_id: send.subject_id,
    resource_type: send.flow,
    data: { send_id: send.id, step: send.step },
    content: { subject: send.subject, html: send.html, text: send.body_text },
    provider_data: { headers: send.headers, ...(sender.replyTo && { reply_to: sender.replyTo }) },
  }
}

/** "Failed to send notification with id noti_X:\n<why>" per failed notification of a batch, by notification id. */
function failuresById(message: string): Map<string, string> {
  const failures = new Map<string, string>()
  for (const match of message.matchAll(
    /Failed to send notification with id (\w+):\n([\s\S]*?)(?=\nFailed to send notification with id |$)/g
  )) {
    failures.set(match[1], match[2].trim())
  }
  return failures
}

/**
 * Sends first attempts of claimed messages (status "sending") through Medusa's Notification module in one call
 * (one transaction for the records, the provider sends in parallel), then records each outcome. Retries go one by
 * one through `deliverSend`. Resolves the statuses in the order given.
 */
export async function deliverSends(container: MedusaContainer, sends: EmailSendRow[]): Promise<DeliveryStatus[]> {
  const emails = container.resolve<EmailModuleService>(EMAIL_MODULE)
  const notifications = container.resolve<INotificationModuleService>(Modules.NOTIFICATION)
  const first = sends.filter((send) => send.attempts <= 1)
  const statuses = new Map<string, DeliveryStatus>()
  if (first.length) {
    let batchError = ""
    try {
      await notifications.createNotifications(first.map((send) => notificationOf(send, emails.settings.shop, 1)))
    } catch (error) {
      batchError = error instanceof Error ? error.message : String(error)
    }
    const byKey = { idempotency_key: first.map((send) => send.idempotency_key) } as Record<string, unknown>
    const records = (await notifications.listNotifications(byKey, {
      select: ["id", "idempotency_key", "status"],
    })) as unknown as { id: string; idempotency_key: string; status: string }[]
    const recordOf = new Map(records.map((record) => [record.idempotency_key, record]))
    const failures = failuresById(batchError)
    const sent: { id: string; notificationId: string | null }[] = []
    for (const send of first) {
      const record = recordOf.get(send.idempotency_key)
      if (record?.status === "success") {
        sent.push({ id: send.id, notificationId: record.id })
        statuses.set(send.id, "sent")
      } else {
        const why = (record && failures.get(record.id)) || batchError || "the notification was not recorded"
        statuses.set(send.id, await recordFailure(container, send, why))
      }
    }
    await emails.markSentMany(sent)
  }
  for (const send of sends.filter((candidate) => candidate.attempts > 1)) {
    statuses.set(send.id, await deliverSend(container, send))
  }
  return sends.map((send) => statuses.get(send.id) as DeliveryStatus)
}

/**
 * Sends one claimed message (its status is already "sending") through Medusa's Notification module and records
 * the outcome. A previous attempt that did go out (the worker died before recording it) is recorded, not resent.
 */
export async function deliverSend(container: MedusaContainer, send: EmailSendRow): Promise<DeliveryStatus> {
  const emails = container.resolve<EmailModuleService>(EMAIL_MODULE)
  const notifications = container.resolve<INotificationModuleService>(Modules.NOTIFICATION)
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
      notificationOf(send, emails.settings.shop, send.attempts),
    ])
    await emails.markSent(send.id, notification?.id ?? null)
    return "sent"
  } catch (error) {
    return recordFailure(container, send, error instanceof Error ? error.message : String(error))
  }
}

/** Records a failed attempt (a permanent rejection also suppresses the address) and logs it. */
async function recordFailure(container: MedusaContainer, send: EmailSendRow, message: string): Promise<DeliveryStatus> {
  const emails = container.resolve<EmailModuleService>(EMAIL_MODULE)
  const permanent = PERMANENT_REJECTION.test(message)
  if (permanent) {
    await emails.suppress({ address: send.recipient, reason: "bounced", source: `smtp:${send.idempotency_key}` })
  }
  const status = await emails.markFailed(send.id, { message, permanent })
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const log = status === "dead" ? logger.error.bind(logger) : logger.warn.bind(logger)
  log(`touchpoints email ${send.idempotency_key}: attempt ${send.attempts} failed (${status}): ${message}`)
  return status
}
