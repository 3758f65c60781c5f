import { createHash } from "node:crypto"
import { randomToken, signToken, verifyToken } from "@touchpoints/core/lib/signed-token"

const GUEST_PREFIX = "wlt_"

/** The database key of a guest token: its SHA-256, so stored keys cannot be replayed as tokens. */
function keyOf(token: string): string {
  return createHash("sha256").update(token).digest("hex")
}

/** A new guest token (`wlt_<random>.<signature>`) and the key its lists are stored under. */
export function issueGuestToken(secret: string): { token: string; guestKey: string } {
  const token = signToken(secret, [`${GUEST_PREFIX}${randomToken(16)}`])
  return { token, guestKey: keyOf(token) }
}

/** The key of a guest token this shop issued, or null for a malformed or forged one. */
export function guestKeyOf(secret: string, token: string): string | null {
  const parts = verifyToken(secret, token, 1)
  return parts?.[0].startsWith(GUEST_PREFIX) ? keyOf(token) : null
}

/** A share link token: the list's share nonce and expiry, signed. */
export function shareTokenOf(secret: string, nonce: string, expiresAt: Date): string {
  return signToken(secret, [nonce, Math.floor(expiresAt.getTime() / 1000).toString(36)])
}

/** The nonce of a share token that is authentic and not expired, or null. */
export function readShareToken(secret: string, token: string, now = Date.now()): { nonce: string } | null {
  const parts = verifyToken(secret, token, 2)
  if (!parts) return null
  const expiresAt = Number.parseInt(parts[1], 36) * 1000
  return Number.isFinite(expiresAt) && expiresAt > now ? { nonce: parts[0] } : null
}

export function newShareNonce(): string {
  return randomToken(18)
}
