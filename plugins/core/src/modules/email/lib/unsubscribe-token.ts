import { signToken, verifyToken } from "../../../lib/signed-token"

/** Flow names are lower-case words with dashes ("cart-recovery"), safe inside a token. */
const FLOW = /^[a-z][a-z0-9-]{0,63}$/

/** A token for "stop sending `flow` to `address`": signed, per address and flow, no expiry (links stay valid). */
export function signUnsubscribeToken(secret: string, address: string, flow: string): string {
  if (!FLOW.test(flow)) throw new Error(`signUnsubscribeToken: "${flow}" is not a flow name`)
  return signToken(secret, ["u", Buffer.from(address, "utf8").toString("base64url"), flow])
}

/** The address and flow of a token signed with `secret`, or null for a forged or malformed one. */
export function verifyUnsubscribeToken(secret: string, token: string): { address: string; flow: string } | null {
  const parts = verifyToken(secret, token, 3)
  if (parts?.[0] !== "u" || !FLOW.test(parts[2])) return null
  const address = Buffer.from(parts[1], "base64url").toString("utf8")
  return address.includes("@") ? { address, flow: parts[2] } : null
}
