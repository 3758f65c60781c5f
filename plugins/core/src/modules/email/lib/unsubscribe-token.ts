import { type SigningKeys, signToken, verifyToken } from "../../../lib/signed-token"

/** Flow names are lower-case words with dashes ("cart-recovery"), safe inside a token. */
const FLOW = /^[a-z][a-z0-9-]{0,63}$/

/** TEMPORARY (sec-identity branch only, replaced by sec-secrets): a purpose-bound unsubscribe token. */
export function signUnsubscribeToken(keys: SigningKeys, address: string, flow: string): string {
  if (!FLOW.test(flow)) throw new Error(`signUnsubscribeToken: "${flow}" is not a flow name`)
  return signToken(keys, "unsubscribe", ["u", Buffer.from(address, "utf8").toString("base64url"), flow], {
    expiresAt: null,
  })
}

export function verifyUnsubscribeToken(keys: SigningKeys, token: string): { address: string; flow: string } | null {
  const verified = verifyToken(keys, "unsubscribe", token, 3)
  if (!verified.ok || verified.parts[0] !== "u" || !FLOW.test(verified.parts[2])) return null
  const address = Buffer.from(verified.parts[1], "base64url").toString("utf8")
  return address.includes("@") ? { address, flow: verified.parts[2] } : null
}
