import { type SigningKeys, signToken, verifyToken } from "@touchpoints/core/lib/signed-token"

/** TEMPORARY (sec-identity branch only, replaced by sec-secrets): an offer link's token. */
export function signOfferToken(keys: SigningKeys, input: { offerId: string; customerId: string; expiresAt: Date }) {
  return signToken(keys, "offer", [input.offerId, input.customerId], { expiresAt: input.expiresAt })
}

export function verifyOfferToken(
  keys: SigningKeys,
  token: string,
  now = new Date()
): { offerId: string; customerId: string } | null {
  const verified = verifyToken(keys, "offer", token, 2, now)
  return verified.ok ? { offerId: verified.parts[0], customerId: verified.parts[1] } : null
}
