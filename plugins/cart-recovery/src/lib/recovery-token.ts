import { signToken, verifyToken } from "@touchpoints/core/lib/signed-token"

/** The token in a reminder's link: the cart and the step that sent it, signed. */
export function signRecoveryToken(secret: string, cartId: string, step: number): string {
  return signToken(secret, ["cr", cartId, String(step)])
}

/** The cart and step of a token signed with `secret`, or null when forged or malformed. */
export function verifyRecoveryToken(secret: string, token: string): { cartId: string; step: number } | null {
  const parts = verifyToken(secret, token, 3)
  if (parts?.[0] !== "cr" || !/^\d{1,2}$/.test(parts[2])) return null
  return { cartId: parts[1], step: Number(parts[2]) }
}
