import { signToken, verifyToken } from "@touchpoints/core/lib/signed-token"

/** The token in an emailed offer link: this offer for this customer until `expires` (unix seconds), signed. */
export function signOfferToken(secret: string, input: { offerId: string; customerId: string; expiresAt: Date }) {
  return signToken(secret, [
    "of",
    input.offerId,
    input.customerId,
    String(Math.floor(input.expiresAt.getTime() / 1000)),
  ])
}

/** The offer and customer of a token, or null when forged, malformed or expired. */
export function verifyOfferToken(
  secret: string,
  token: string,
  now = new Date()
): { offerId: string; customerId: string } | null {
  const parts = verifyToken(secret, token, 4)
  if (!parts) return null
  if (parts[0] !== "of" || !/^\d+$/.test(parts[3])) return null
  if (Number(parts[3]) * 1000 < now.getTime()) return null
  return { offerId: parts[1], customerId: parts[2] }
}
