import { type SigningKeys, signToken, verifyToken } from "../../../lib/signed-token"

const HOUR_MS = 3_600_000

/**
 * The double-opt-in link's token: purpose "consent-confirmation", naming the unverified opt-in (a ledger entry
 * id) it confirms, expiring after `hours`. Only the mailbox that received it can hold it.
 */
export function signConsentConfirmationToken(keys: SigningKeys, entryId: string, hours: number, now = new Date()) {
  return signToken(keys, "consent-confirmation", [entryId], { expiresAt: new Date(now.getTime() + hours * HOUR_MS) })
}

/** The entry id of an authentic, unexpired confirmation token; `invalid` for forged or other-purpose tokens. */
export function verifyConsentConfirmationToken(
  keys: SigningKeys,
  token: unknown,
  now = new Date()
): { ok: true; entryId: string } | { ok: false; reason: "invalid" | "expired" } {
  const verified = verifyToken(keys, "consent-confirmation", token, 1, now)
  return verified.ok ? { ok: true, entryId: verified.parts[0] } : verified
}
