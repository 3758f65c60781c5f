import { dirname, join } from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { runClaimedSends } from "@touchpoints/core/lib"
import { EMAIL_MODULE, type EmailModuleService } from "@touchpoints/core/modules/email"
import type { SendEmailInput, SendEmailResult } from "@touchpoints/core/workflows"
import { WISHLIST_MODULE } from "../modules/wishlist"
import type WishlistModuleService from "../modules/wishlist/service"
import { settleWishlistAlertsWorkflow } from "../workflows/settle-alerts"

export const WISHLIST_ALERT_FLOW = "wishlist-alerts"
const TEMPLATES = join(dirname(require.resolve("@touchpoints/wishlist/package.json")), "templates")
const CUSTOMERS_PER_RUN = 500

type Alert = {
  id: string
  customer_id: string
  item_id: string
  variant_id: string
  kind: "price_dropped" | "back_in_stock"
  currency_code: string | null
  previous_amount: number | string | null
  amount: number | string | null
  created_at: Date | string
}
type VariantRecord = {
  id: string
  title: string | null
  product?: { title: string; handle: string; thumbnail: string | null }
}

export type AlertRunSummary = { customers: number; sent: number; skipped: number; later: number; expired: number }

/**
 * Emails each customer their queued price-drop and back-in-stock alerts, one email for all that queued up while
 * the oldest waited `groupMinutes`. The batch is claimed under `wishlist-alerts:<customer>:<oldest alert id>`,
 * so two workers or a crash never send it twice (core's claimed-send runner, one customer a batch); consent,
 * unsubscribe, suppression and the frequency cap are the email core's (a capped batch waits for the next run, up
 * to `expireHours`).
 */
export async function sendWishlistAlerts(container: MedusaContainer, now = Date.now()): Promise<AlertRunSummary> {
  const wishlists = container.resolve<WishlistModuleService>(WISHLIST_MODULE)
  const settings = wishlists.settings.alerts
  const summary: AlertRunSummary = { customers: 0, sent: 0, skipped: 0, later: 0, expired: 0 }
  if (!settings.email) return summary

  const expired = await wishlists.listWishlistAlerts(
    { status: "pending", created_at: { $lt: new Date(now - settings.expireHours * 3_600_000) } },
    { select: ["id"], take: 10_000 }
  )
  if (expired.length) {
    await settle(
      container,
      expired.map((alert) => alert.id),
      "skipped",
      "expired"
    )
    summary.expired = expired.length
  }
  const due = await wishlists.listWishlistAlerts(
    { status: "pending", created_at: { $lte: new Date(now - settings.groupMinutes * 60_000) } },
    { select: ["customer_id"], take: 10_000 }
  )
  const customerIds = [...new Set(due.map((alert) => alert.customer_id))].slice(0, CUSTOMERS_PER_RUN)
  // one customer's alerts a batch: one email each, claimed under its own key
  const { outcomes } = await runClaimedSends<string, CustomerAlerts, AlertOutcome>(container, {
    batchSize: 1,
    concurrency: 1,
    findDue: async () => ({ items: customerIds, next: null }),
    claim: async ([customerId]) => ({ batch: await customerAlerts(container, customerId), outcomes: [] }),
    messagesOf: (batch) => (batch.message ? [batch.message] : []),
    settle: async (batch, [result]) => [await settleCustomer(container, batch, result)],
  })
  for (const outcome of ["sent", "skipped", "later"] as const) {
    summary[outcome] = outcomes[outcome] ?? 0
    summary.customers += summary[outcome]
  }
  return summary
}

type AlertOutcome = "sent" | "skipped" | "later"

/** A customer's pending alerts, and the email they make, or why none goes out. */
type CustomerAlerts = { pending: Alert[]; message: SendEmailInput | null; skip: string | null }

async function customerAlerts(container: MedusaContainer, customerId: string): Promise<CustomerAlerts> {
  const wishlists = container.resolve<WishlistModuleService>(WISHLIST_MODULE)
  const settings = wishlists.settings.alerts
  const pending = (await wishlists.listWishlistAlerts(
    { status: "pending", customer_id: customerId },
    { order: { created_at: "ASC" }, take: 200 }
  )) as unknown as Alert[]
  if (!pending.length) return { pending, message: null, skip: null }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: customers } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "first_name"],
    filters: { id: customerId },
  })
  const customer = customers[0] as { email?: string | null; first_name?: string | null } | undefined
  if (!customer?.email) return { pending, message: null, skip: "no_email" }
  const items = await alertItems(container, pending, settings.itemUrl)
  if (!items.length) return { pending, message: null, skip: "variants_gone" }
  return {
    pending,
    skip: null,
    message: {
      flow: WISHLIST_ALERT_FLOW,
      subject_id: customerId,
      step: pending[0].id,
      to: customer.email,
      marketing: true,
      requires_consent: settings.requireConsent,
      template: "wishlist-alert",
      template_root: TEMPLATES,
      data: { first_name: customer.first_name ?? null, items },
    },
  }
}

/** Settles a customer's alerts by how their email ended (none pending: nothing to do until the next run). */
async function settleCustomer(
  container: MedusaContainer,
  { pending, skip }: CustomerAlerts,
  result: SendEmailResult | undefined
): Promise<AlertOutcome> {
  if (!pending.length) return "later"
  const skipAll = async (reason: string | null) => {
    await settle(
      container,
      pending.map((alert) => alert.id),
      "skipped",
      reason
    )
    return "skipped" as const
  }
  if (skip || !result) return skipAll(skip)
  if (result.status === "blocked") {
    return result.reason === "frequency_cap" ? "later" : skipAll(result.reason)
  }
  if (result.status === "dead") return skipAll("undeliverable")
  // sent, failed (the email core retries it) or already claimed: the alerts up to the claim were told
  const claimedAt = result.send_id
    ? new Date((await container.resolve<EmailModuleService>(EMAIL_MODULE).retrieveEmailSend(result.send_id)).created_at)
    : new Date()
  const told = pending.filter((alert) => new Date(alert.created_at) <= claimedAt).map((alert) => alert.id)
  await settle(container, told, "sent", null, result.send_id)
  return result.status === "duplicate" ? "later" : "sent"
}

/** One line per saved item (its latest change of each kind), with what the email shows and the add-to-cart link. */
async function alertItems(container: MedusaContainer, alerts: Alert[], itemUrl: string) {
  const latest = new Map<string, Alert>()
  for (const alert of alerts) latest.set(`${alert.item_id}:${alert.kind}`, alert)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "title", "product.title", "product.handle", "product.thumbnail"],
    filters: { id: [...new Set(alerts.map((alert) => alert.variant_id))] },
  })
  const variants = new Map((data as unknown as VariantRecord[]).map((variant) => [variant.id, variant]))
  return [...latest.values()].flatMap((alert) => {
    const variant = variants.get(alert.variant_id)
    if (!variant?.product) return []
    return [
      {
        kind: alert.kind,
        price_dropped: alert.kind === "price_dropped",
        title: variant.product.title,
        variant_title: variant.title && variant.title !== "Default variant" ? variant.title : null,
        thumbnail: variant.product.thumbnail,
        currency_code: alert.currency_code,
        previous_amount: alert.previous_amount === null ? null : Number(alert.previous_amount),
        amount: alert.amount === null ? null : Number(alert.amount),
        url: itemUrl
          .replaceAll("{variant_id}", encodeURIComponent(alert.variant_id))
          .replaceAll("{handle}", encodeURIComponent(variant.product.handle)),
      },
    ]
  })
}

async function settle(
  container: MedusaContainer,
  ids: string[],
  status: "sent" | "skipped",
  reason: string | null,
  sendId: string | null = null
) {
  await settleWishlistAlertsWorkflow(container).run({ input: { ids, status, reason, send_id: sendId } })
}
