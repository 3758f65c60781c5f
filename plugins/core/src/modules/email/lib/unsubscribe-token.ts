import { type SigningKeys, signToken, verifyLegacyToken, verifyToken } from "../../../lib/signed-token"

/** Flow names are lower-case words with dashes ("cart-recovery"), safe inside a token. */
const FLOW = /^[a-z][a-z0-9-]{0,63}$/
const DAY_MS = 86_400_000

export type UnsubscribeTarget = { address: string; flow: string }
/** `expired`: an authentic link past its time (the page says so and tells how to unsubscribe otherwise). */
export type UnsubscribeTokenResult = ({ ok: true } & UnsubscribeTarget) | { ok: false; reason: "invalid" | "expired" }

/**
 * A token for "stop sending `flow` to `address`", purpose "unsubscribe", valid for `days` (core option
 * `email.unsubscribeLinkDays`): long enough for anyone reading an old email, and a leaked link stops working.
 */
export function signUnsubscribeToken(keys: SigningKeys, target: UnsubscribeTarget, days: number, now = new Date()) {
  if (!FLOW.test(target.flow)) throw new Error(`signUnsubscribeToken: "${target.flow}" is not a flow name`)
  const address = Buffer.from(target.address, "utf8").toString("base64url")
  return signToken(keys, "unsubscribe", [address, target.flow], {
    expiresAt: new Date(now.getTime() + days * DAY_MS),
  })
}

function targetOf(encodedAddress: string, flow: string): UnsubscribeTarget | null {
  const address = Buffer.from(encodedAddress, "base64url").toString("utf8")
  return FLOW.test(flow) && address.includes("@") ? { address, flow } : null
}

/**
 * The address and flow of an unsubscribe token. Also accepts the 0.1 links (`u.<address>.<flow>.<sig>`, no
 * purpose, no expiry) still sitting in sent mail: honouring an old opt-out is the safe direction.
 */
export function verifyUnsubscribeToken(keys: SigningKeys, token: unknown, now = new Date()): UnsubscribeTokenResult {
  const verified = verifyToken(keys, "unsubscribe", token, 2, now)
  if (!verified.ok) {
    const legacy = verified.reason === "invalid" ? verifyLegacyToken(keys, token, 3) : null
    const target = legacy?.[0] === "u" ? targetOf(legacy[1], legacy[2]) : null
    return target ? { ok: true, ...target } : verified
  }
  const target = targetOf(verified.parts[0], verified.parts[1])
  return target ? { ok: true, ...target } : { ok: false, reason: "invalid" }
}
