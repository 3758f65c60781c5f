import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { EMAIL_MODULE, type EmailModuleService } from "@touchpoints/core/modules/email"
import { sendEmailWorkflow } from "@touchpoints/core/workflows"
import { CART_RECOVERY_MODULE } from "../modules/cart-recovery"
import { dueStep } from "../modules/cart-recovery/lib/due-step"
import type { ReminderOutcome, ScannedCart } from "../modules/cart-recovery/lib/types"
import type CartRecoveryModuleService from "../modules/cart-recovery/service"
import { ensureIncentivePromotionWorkflow } from "../workflows/ensure-incentive-promotion"
import { recordCartReminderWorkflow } from "../workflows/record-cart-reminder"
import { incentiveCode } from "./incentive-code"
import { signRecoveryToken } from "./recovery-token"
import {
  availableItemsOf,
  purchasedSinceOf,
  type ReminderCart,
  type ReminderItem,
  readReminderCarts,
} from "./reminder-cart"
import {
  CART_RECOVERY_FLOW,
  CART_RECOVERY_TEMPLATES,
  CART_REMINDER_TEMPLATE,
  reminderEmailData,
} from "./reminder-email"

/**
 * What became of a scanned cart: a recorded outcome ("sent" means handed to the email core, which delivers or
 * retries it), "later" (the frequency cap), or not due.
 */
export type RemindResult = ReminderOutcome | "later" | "not_due"

/** What the stop rules read, for a few carts at once, right before their sends. */
export type ReminderFacts = {
  carts: Map<string, ReminderCart>
  available: Map<string, ReminderItem[]>
  recentBuyers: Set<string>
}

/** Reads the facts of some carts fresh (a handful of queries for all of them, not per cart). */
export async function reminderFacts(
  container: MedusaContainer,
  cartIds: string[],
  now = Date.now()
): Promise<ReminderFacts> {
  const { recentPurchaseHours } = container.resolve<CartRecoveryModuleService>(CART_RECOVERY_MODULE).settings
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const carts = await readReminderCarts(query, cartIds)
  const open = [...carts.values()].filter((cart) => !cart.completed_at && cart.items.length && cart.email)
  const [available, recentBuyers] = await Promise.all([
    availableItemsOf(query, open),
    recentPurchaseHours
      ? purchasedSinceOf(query, open, new Date(now - recentPurchaseHours * 3_600_000))
      : Promise.resolve(new Set<string>()),
  ])
  return { carts, available, recentBuyers }
}

/**
 * Sends a cart the reminder step it is due for, after checking every stop rule again on fresh data: ordered,
 * emptied, nothing left to buy, a purchase since, then (in the email core's claim) suppression, consent and
 * the frequency cap. A step blocked by the cap is tried again by the next scan; any other outcome is final.
 */
export async function remindCart(
  container: MedusaContainer,
  scanned: ScannedCart,
  facts: ReminderFacts,
  now = Date.now()
): Promise<RemindResult> {
  const recovery = container.resolve<CartRecoveryModuleService>(CART_RECOVERY_MODULE)
  const { steps, recoveryUrl, secret, requireConsent } = recovery.settings
  const step = dueStepOf(recovery, scanned, now)
  if (step === null) return "not_due"
  const record = async (
    outcome: ReminderOutcome,
    sendId: string | null = null,
    advanceTo = step + 1,
    promotionCode: string | null = null
  ) => {
    await recordCartReminderWorkflow(container).run({
      input: {
        cart_id: scanned.id,
        step,
        outcome,
        send_id: sendId,
        advance_to: advanceTo,
        promotion_code: promotionCode,
      },
    })
    return outcome
  }

  const cart = facts.carts.get(scanned.id)
  if (!cart || cart.completed_at) return record("ordered", null, steps.length)
  if (!cart.items.length || !cart.email) return record("emptied")
  if (facts.recentBuyers.has(cart.id)) return record("recent_purchase")
  const items = facts.available.get(cart.id) ?? []
  if (!items.length) return record("unavailable")

  const incentivePercent = steps[step].incentivePercent ?? null
  const promotionCode = incentivePercent
    ? await incentiveFor(container, { cartId: cart.id, email: cart.email, step, percent: incentivePercent })
    : null
  const token = signRecoveryToken(secret, cart.id, step)
  const { result } = await sendEmailWorkflow(container).run({
    input: {
      flow: CART_RECOVERY_FLOW,
      subject_id: cart.id,
      step: String(step + 1),
      to: cart.email,
      marketing: true,
      requires_consent: requireConsent,
      template: CART_REMINDER_TEMPLATE,
      template_root: CART_RECOVERY_TEMPLATES,
      locale: typeof cart.metadata?.locale === "string" ? cart.metadata.locale : undefined,
      data: reminderEmailData({
        cart,
        items,
        step,
        stepCount: steps.length,
        recoveryUrl: recoveryUrl.replace("{token}", encodeURIComponent(token)),
        promotionCode,
        incentivePercent,
      }),
    },
  })
  switch (result.status) {
    case "sent":
    case "failed": // the email core retries it: the step is done from the sequence's point of view
    case "dead":
      return record(result.status, result.send_id, step + 1, promotionCode)
    case "duplicate":
      // claimed before (a worker died before recording it, or another worker is on it): the core delivers it
      return record("sent", result.send_id, step + 1, promotionCode)
    case "blocked":
      return result.reason === "frequency_cap" || !result.reason ? "later" : record(result.reason)
  }
}

/**
 * The single-use code of an incentive step, made only when the email may go out now (no code for an address
 * that would not receive it; the claim still decides).
 */
async function incentiveFor(
  container: MedusaContainer,
  input: { cartId: string; email: string; step: number; percent: number }
): Promise<string | null> {
  const { secret, requireConsent } = container.resolve<CartRecoveryModuleService>(CART_RECOVERY_MODULE).settings
  const blocked = await container
    .resolve<EmailModuleService>(EMAIL_MODULE)
    .blockReason({ recipient: input.email, flow: CART_RECOVERY_FLOW, marketing: true, requiresConsent: requireConsent })
  if (blocked) return null
  const code = incentiveCode(secret, input.cartId, input.step)
  const { result } = await ensureIncentivePromotionWorkflow(container).run({
    input: { code, percent: input.percent, cart_id: input.cartId },
  })
  return result.code
}

/** The step a scanned cart is due for, or null. */
export function dueStepOf(recovery: CartRecoveryModuleService, scanned: ScannedCart, now = Date.now()): number | null {
  return dueStep(
    recovery.settings.steps.map((step) => step.delayHours),
    scanned.reminders_sent,
    now - new Date(scanned.last_activity_at).getTime()
  )
}
