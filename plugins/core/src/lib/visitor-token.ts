import { randomToken, type SigningKeys, signToken, verifyToken } from "./signed-token"

/** A visitor id as stored: 16-64 letters, digits, _ or - (server-made ones are `tpv_` + 22 random characters). */
export const BARE_VISITOR_ID = /^[A-Za-z0-9_-]{16,64}$/
/** A visitor id as the browser holds it: the stored id, signed by the server (`<id>.0.<signature>`). */
export const SIGNED_VISITOR_ID = /^[A-Za-z0-9_-]{16,64}\.0\.[A-Za-z0-9_-]{22}$/

/** A fresh visitor id (the stored form): 128 random bits. */
export function newVisitorId(): string {
  return `tpv_${randomToken(16)}`
}

/** The browser's form of a stored visitor id: signed, never expiring (it identifies, it does not act). */
export function signVisitorId(keys: SigningKeys, visitorId: string): string {
  return signToken(keys, "visitor", [visitorId], { expiresAt: null })
}

/** The stored visitor id of a signed one this shop issued, or null for a guessed, forged or 0.1 (unsigned) id. */
export function readSignedVisitorId(keys: SigningKeys, token: unknown): string | null {
  if (typeof token !== "string" || !SIGNED_VISITOR_ID.test(token)) return null
  const verified = verifyToken(keys, "visitor", token, 1)
  return verified.ok ? verified.parts[0] : null
}
