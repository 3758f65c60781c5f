import { type SigningKeys, signToken, verifyToken } from "@touchpoints/core/lib"

/** The token in an emailed offer link (purpose "offer"): this offer for this customer until `expiresAt`. */
export function signOfferToken(keys: SigningKeys, input: { offerId: string; customerId: string; expiresAt: Date }) {
  return signToken(keys, "offer", [input.offerId, input.customerId], { expiresAt: input.expiresAt })
}

/** The offer and customer of a token, or null when forged, malformed, of another purpose or expired. */
export function verifyOfferToken(
  keys: SigningKeys,
  token: string,
  now = new Date()
): { offerId: string; customerId: string } | null {
  const verified = verifyToken(keys, "offer", token, 2, now)
  // an offer link without an expiry was never issued: refuse one rather than honour it forever
  if (!verified.ok || !verified.expiresAt) return null
  return { offerId: verified.parts[0], customerId: verified.parts[1] }
}
