import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { EMAIL_MODULE, type EmailModuleService } from "@touchpoints/core/modules/email"
import type { SendEmailInput, SendEmailResult } from "@touchpoints/core/workflows"
import { dueStep } from "../modules/cart-recovery/lib/due-step"
import type { EffectiveSettings } from "../modules/cart-recovery/lib/owner-settings"
import type { ReminderOutcome, ScannedCart } from "../modules/cart-recovery/lib/types"
import type { StepRecord } from "../modules/cart-recovery/service"
import { ensureIncentivePromotionWorkflow } from "../workflows/ensure-incentive-promotion"
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

/** A cart's plan: an outcome to record without an email, or the email to send for its step. */
export type ReminderPlan =
  | { kind: "record"; record: StepRecord }
  | { kind: "send"; cartId: string; step: number; promotionCode: string | null; message: SendEmailInput }
  | { kind: "not_due" }

/**
 * The step a scanned cart is due for under the sequence in effect, or null. After the owner changes the sequence
 * a cart keeps the count of reminders it had: with fewer steps, one past the last step is done; delays are
 * measured from its last activity as always.
 */
export function dueStepOf(settings: EffectiveSettings, scanned: ScannedCart, now = Date.now()): number | null {
  return dueStep(
    settings.steps.map((step) => step.delayHours),
    scanned.reminders_sent,
    now - new Date(scanned.last_activity_at).getTime()
  )
}

/** Reads the facts of some carts fresh (a handful of queries for all of them, not per cart). */
export async function reminderFacts(
  container: MedusaContainer,
  settings: EffectiveSettings,
  cartIds: string[],
  now = Date.now()
): Promise<ReminderFacts> {
  const { recentPurchaseHours } = settings
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const carts = await readReminderCarts(query, cartIds)
  const open = [...carts.values()].filter((cart) => !cart.completed_at && cart.items.length && cart.email)
  const available = await availableItemsOf(query, open)
  const recentBuyers = recentPurchaseHours
    ? await purchasedSinceOf(query, open, new Date(now - recentPurchaseHours * 3_600_000))
    : new Set<string>()
  return { carts, available, recentBuyers }
}

/**
 * Plans a cart's due step (under `settings`, read once per scan) after checking the stop rules again on fresh
 * facts: ordered, emptied, nothing left to buy, a purchase since. Suppression, consent and the frequency cap are
 * the email core's, in the claim.
 */
export async function planReminder(
  container: MedusaContainer,
  settings: EffectiveSettings,
  scanned: ScannedCart,
  facts: ReminderFacts,
  now = Date.now()
): Promise<ReminderPlan> {
  const { steps, recoveryUrl, keys, linkLifetimeDays, requireConsent } = settings
  const step = dueStepOf(settings, scanned, now)
  if (step === null) return { kind: "not_due" }
  const stop = (outcome: ReminderOutcome, advanceTo = step + 1): ReminderPlan => ({
    kind: "record",
    record: { cartId: scanned.id, step, outcome, sendId: null, advanceTo },
  })
  const cart = facts.carts.get(scanned.id)
  if (!cart || cart.completed_at) return stop("ordered", steps.length)
  if (!cart.items.length || !cart.email) return stop("emptied")
  if (facts.recentBuyers.has(cart.id)) return stop("recent_purchase")
  const items = facts.available.get(cart.id) ?? []
  if (!items.length) return stop("unavailable")

  const incentivePercent = steps[step].incentivePercent ?? null
  const promotionCode = incentivePercent
    ? await incentiveFor(container, settings, {
        cartId: cart.id,
        email: cart.email,
        step,
        percent: incentivePercent,
        expiresAt: new Date(now + settings.incentiveLifetimeDays * 86_400_000),
      })
    : null
  const token = signRecoveryToken(keys, cart.id, step, linkLifetimeDays, new Date(now))
  return {
    kind: "send",
    cartId: cart.id,
    step,
    promotionCode,
    message: {
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
  }
}

/**
 * What a send's result means for the cart's sequence: sent, failed (the core retries it) and dead end the step;
 * a duplicate was claimed before (a worker died before recording it, or another worker is on it) and the core
 * delivers it; a block ends the step, except the frequency cap (the next scan tries again).
 */
export function recordOfSend(
  plan: Extract<ReminderPlan, { kind: "send" }>,
  result: SendEmailResult
): StepRecord | null {
  const record = (outcome: ReminderOutcome): StepRecord => ({
    cartId: plan.cartId,
    step: plan.step,
    outcome,
    sendId: result.send_id,
    advanceTo: plan.step + 1,
    promotionCode: plan.promotionCode,
  })
  switch (result.status) {
    case "sent":
    case "failed":
    case "dead":
      return record(result.status)
    case "duplicate":
      return record("sent")
    case "blocked":
      return result.reason === "frequency_cap" || !result.reason ? null : record(result.reason)
  }
}

/**
 * The single-use code of an incentive step, made only when the email may go out now (no code for an address
 * that would not receive it; the claim still decides). It expires at `expiresAt` and works only for the
 * reminded cart's customer or address (see workflows/hooks/incentive-cart-check.ts).
 */
async function incentiveFor(
  container: MedusaContainer,
  settings: EffectiveSettings,
  input: { cartId: string; email: string; step: number; percent: number; expiresAt: Date }
): Promise<string | null> {
  const { keys, requireConsent } = settings
  const blocked = await container
    .resolve<EmailModuleService>(EMAIL_MODULE)
    .blockReason({ recipient: input.email, flow: CART_RECOVERY_FLOW, marketing: true, requiresConsent: requireConsent })
  if (blocked) return null
  // the current secret: the same code as before a rotation would need the old one, and a new code is harmless
  const code = incentiveCode(keys.secret, input.cartId, input.step)
  const { result } = await ensureIncentivePromotionWorkflow(container).run({
    input: { code, percent: input.percent, cart_id: input.cartId, expires_at: input.expiresAt.toISOString() },
  })
  return result.code
}
