import { type SigningKeys, signToken, verifyLegacyToken, verifyToken } from "../../../lib/signed-token"

/** Flow names are lower-case words with dashes ("cart-recovery"), safe inside a token. */
const FLOW = /^[a-z][a-z0-9-]{0,63}$/

/** A token for "stop sending `flow` to `address`": purpose "unsubscribe", per address and flow, no expiry. */
export function signUnsubscribeToken(keys: SigningKeys | string, address: string, flow: string): string {
  if (!FLOW.test(flow)) throw new Error(`signUnsubscribeToken: "${flow}" is not a flow name`)
  return signToken(keys, "unsubscribe", [Buffer.from(address, "utf8").toString("base64url"), flow], {
    expiresAt: null,
  })
}

/** The address and flow of a token (or of a 0.1 link in mail already sent), or null for a forged or malformed one. */
export function verifyUnsubscribeToken(
  keys: SigningKeys | string,
  token: string
): { address: string; flow: string } | null {
  const verified = verifyToken(keys, "unsubscribe", token, 2)
  const legacy = verified.ok ? null : verifyLegacyToken(keys, token, 3)
  const parts = verified.ok ? verified.parts : legacy?.[0] === "u" ? legacy.slice(1) : null
  if (!parts || !FLOW.test(parts[1])) return null
  const address = Buffer.from(parts[0], "base64url").toString("utf8")
  return address.includes("@") ? { address, flow: parts[1] } : null
}
