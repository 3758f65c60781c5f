import { type SigningKeys, signToken, verifyToken } from "../../../lib/signed-token"

/** Flow names are lower-case words with dashes ("cart-recovery"), safe inside a token. */
const FLOW = /^[a-z][a-z0-9-]{0,63}$/

/** A token for "stop sending `flow` to `address`": signed, per address and flow, no expiry (links stay valid). */
export function signUnsubscribeToken(keys: SigningKeys, address: string, flow: string): string {
  if (!FLOW.test(flow)) throw new Error(`signUnsubscribeToken: "${flow}" is not a flow name`)
  return signToken(keys, "unsubscribe", ["u", Buffer.from(address, "utf8").toString("base64url"), flow], {
    expiresAt: null,
  })
}

/** The address and flow of a token signed with `keys`, or null for a forged or malformed one. */
export function verifyUnsubscribeToken(keys: SigningKeys, token: string): { address: string; flow: string } | null {
  const verified = verifyToken(keys, "unsubscribe", token, 3)
  if (!verified.ok) return null
  const { parts } = verified
  if (parts[0] !== "u" || !FLOW.test(parts[2])) return null
  const address = Buffer.from(parts[1], "base64url").toString("utf8")
  return address.includes("@") ? { address, flow: parts[2] } : null
}
