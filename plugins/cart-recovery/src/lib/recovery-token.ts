import { type SigningKeys, signToken, verifyLegacyToken, verifyToken } from "@touchpoints/core/lib"

const DAY_MS = 86_400_000
const STEP = /^\d{1,2}$/

/** A reminder link's cart and step. `expiresAt` null: a 0.1 link, whose expiry comes from when it was sent. */
export type RecoveryLink = { cartId: string; step: number; expiresAt: Date | null }

export type RecoveryLinkCheck = { ok: true; link: RecoveryLink } | { ok: false; reason: "invalid" | "expired" }

/** The token in a reminder's link: the cart and the step that sent it, for purpose "recovery", expiring. */
export function signRecoveryToken(
  keys: SigningKeys,
  cartId: string,
  step: number,
  lifetimeDays: number,
  now = new Date()
): string {
  return signToken(keys, "recovery", [cartId, String(step)], {
    expiresAt: new Date(now.getTime() + lifetimeDays * DAY_MS),
  })
}

/**
 * The cart and step of a recovery token, or why not: `invalid` (forged, malformed, another purpose) or `expired`.
 * A link mailed by the 0.1 releases (`cr.<cart>.<step>.<sig>`, no expiry inside) is accepted with `expiresAt`
 * null: the caller dates it from the reminder that sent it, so old mail keeps working for the same lifetime.
 */
export function verifyRecoveryToken(keys: SigningKeys, token: string, now = new Date()): RecoveryLinkCheck {
  const verified = verifyToken(keys, "recovery", token, 2, now)
  if (verified.ok) {
    const [cartId, step] = verified.parts
    if (!STEP.test(step)) return { ok: false, reason: "invalid" }
    return { ok: true, link: { cartId, step: Number(step), expiresAt: verified.expiresAt } }
  }
  if (verified.reason === "expired") return verified
  const legacy = verifyLegacyToken(keys, token, 3)
  if (legacy?.[0] !== "cr" || !STEP.test(legacy[2])) return { ok: false, reason: "invalid" }
  return { ok: true, link: { cartId: legacy[1], step: Number(legacy[2]), expiresAt: null } }
}

/** When a 0.1 link expires: `lifetimeDays` after its reminder was recorded (null: no such reminder, invalid). */
export function legacyLinkExpiry(sentAt: Date | null, lifetimeDays: number): Date | null {
  return sentAt ? new Date(sentAt.getTime() + lifetimeDays * DAY_MS) : null
}
