import type { INotificationModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * Medusa's notification module keeps its own record of every message core delivers through it (the recipient, the
 * template, the cart/order/survey it is about; not the message). Module services delete their rows like any Medusa
 * service; the module's public interface only leaves the method out of its type.
 */
type NotificationRows = INotificationModuleService & { deleteNotifications(ids: string[]): Promise<void> }

const PAGE = 500

/**
 * The notifications of Touchpoints' flows sent to the addresses or about the subjects (cart, order, survey... ids);
 * other senders' notifications are theirs to handle.
 */
export async function medusaNotificationsOf(
  container: MedusaContainer,
  input: { emails: string[]; resourceIds: string[]; flows: string[] }
): Promise<Record<string, unknown>[]> {
  const notifications = container.resolve<NotificationRows | undefined>(Modules.NOTIFICATION, {
    allowUnregistered: true,
  })
  if (!notifications || !input.flows.length) return []
  const filters = [
    ...(input.emails.length ? [{ to: input.emails, trigger_type: input.flows }] : []),
    ...(input.resourceIds.length ? [{ resource_id: input.resourceIds, trigger_type: input.flows }] : []),
  ]
  const found = new Map<string, Record<string, unknown>>()
  for (const filter of filters) {
    for (let skip = 0; ; skip += PAGE) {
      const page = await notifications.listNotifications(filter, {
        select: ["id", "to", "channel", "template", "trigger_type", "resource_id", "status", "created_at"],
        skip,
        take: PAGE,
        order: { id: "ASC" },
      })
      for (const row of page) found.set(row.id, row as unknown as Record<string, unknown>)
      if (page.length < PAGE) break
    }
  }
  return [...found.values()]
}

/** Deletes them (Medusa's rows, hard delete); answers how many. */
export async function deleteMedusaNotifications(container: MedusaContainer, ids: string[]): Promise<number> {
  if (!ids.length) return 0
  const notifications = container.resolve<NotificationRows>(Modules.NOTIFICATION)
  for (let start = 0; start < ids.length; start += PAGE) {
    await notifications.deleteNotifications(ids.slice(start, start + PAGE))
  }
  return ids.length
}
