import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CART_RECOVERY_MODULE } from "../modules/cart-recovery"
import type CartRecoveryModuleService from "../modules/cart-recovery/service"
import { legacyLinkExpiry, verifyRecoveryToken } from "./recovery-token"
import { type ReminderCart, readReminderCart } from "./reminder-cart"

/** A recovery link that may be used now: its reminded cart (open), the reminder step and when the link ends. */
export type OpenRecoveryLink = { cart: ReminderCart; step: number; expiresAt: Date }

const day = (date: Date) => date.toISOString().slice(0, 10)

/**
 * The open cart behind the request's recovery token, or null after answering why not: 404 for a forged or
 * unknown link, 410 for an expired one (it says since when), 409 for a cart that was already ordered. The
 * 409 and 410 are answered here because Medusa's error handler replaces a conflict's message with a generic one
 * and has no "gone".
 */
export async function openRecoveryLink(req: MedusaRequest, res: MedusaResponse): Promise<OpenRecoveryLink | null> {
  const recovery = req.scope.resolve<CartRecoveryModuleService>(CART_RECOVERY_MODULE)
  const { keys, linkLifetimeDays } = recovery.settings
  const now = new Date()
  const checked = verifyRecoveryToken(keys, req.params.token, now)
  const notFound = () => {
    res.status(404).json({ type: "not_found", message: "This cart link is not valid" })
    return null
  }
  const expired = (at: Date | null) => {
    res.status(410).json({
      type: "not_allowed",
      code: "link_expired",
      message: `This cart link has expired${at ? ` (it worked until ${day(at)})` : ""}: links in cart reminders work for ${linkLifetimeDays} days`,
    })
    return null
  }
  if (!checked.ok) return checked.reason === "expired" ? expired(null) : notFound()
  const { cartId, step } = checked.link
  const expiresAt =
    checked.link.expiresAt ?? legacyLinkExpiry(await recovery.reminderSentAt(cartId, step), linkLifetimeDays)
  if (!expiresAt) return notFound()
  if (expiresAt.getTime() <= now.getTime()) return expired(expiresAt)
  const cart = await readReminderCart(req.scope.resolve(ContainerRegistrationKeys.QUERY), cartId)
  if (!cart) return notFound()
  if (cart.completed_at) {
    res.status(409).json({
      type: "conflict",
      code: "cart_completed",
      message: "This cart has already been ordered: there is nothing to restore",
    })
    return null
  }
  return { cart, step, expiresAt }
}
