import { createHash } from "node:crypto"
import { randomToken, type SigningKeys, signToken, verifyLegacyToken, verifyToken } from "@touchpoints/core/lib"

const GUEST_PREFIX = "wlt_"

/** The database key of a guest token: its SHA-256, so stored keys cannot be replayed as tokens. */
function keyOf(token: string): string {
  return createHash("sha256").update(token).digest("hex")
}

/**
 * A new guest token (purpose "guest-list", `wlt_<random>.0.<signature>`) and the key its lists are stored under.
 * It does not expire: it is the only key to a guest's lists, kept by their browser.
 */
export function issueGuestToken(keys: SigningKeys): { token: string; guestKey: string } {
  const token = signToken(keys, "guest-list", [`${GUEST_PREFIX}${randomToken(16)}`], { expiresAt: null })
  return { token, guestKey: keyOf(token) }
}

/**
 * The key of a guest token this shop issued, or null for a malformed or forged one. The 0.1 shape
 * (`wlt_<random>.<signature>`) still opens the lists stored under it; it is never issued again.
 */
export function guestKeyOf(keys: SigningKeys, token: string): string | null {
  const verified = verifyToken(keys, "guest-list", token, 1)
  const parts = verified.ok ? verified.parts : verifyLegacyToken(keys, token, 1)
  return parts?.[0].startsWith(GUEST_PREFIX) ? keyOf(token) : null
}

/** A share link token (purpose "share"): the list's share nonce, expiring when the share does. */
export function shareTokenOf(keys: SigningKeys, nonce: string, expiresAt: Date): string {
  return signToken(keys, "share", [nonce], { expiresAt })
}

/**
 * The nonce of a share token that is authentic and not expired, or null. The stored nonce (revocation) and
 * expiry are checked again when the list is read. Links shared before 0.2 (`nonce.expiry.signature`) still open.
 */
export function readShareToken(keys: SigningKeys, token: string, now = Date.now()): { nonce: string } | null {
  const verified = verifyToken(keys, "share", token, 1, new Date(now))
  if (verified.ok) return { nonce: verified.parts[0] }
  if (verified.reason === "expired") return null
  const legacy = verifyLegacyToken(keys, token, 2)
  const legacyExpiry = legacy ? Number.parseInt(legacy[1], 36) * 1000 : Number.NaN
  return legacy && legacyExpiry > now ? { nonce: legacy[0] } : null
}

export function newShareNonce(): string {
  return randomToken(18)
}
