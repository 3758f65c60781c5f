import { createHmac } from "node:crypto"
import { signToken } from "../../../lib/signed-token"
import { signUnsubscribeToken, verifyUnsubscribeToken } from "../lib/unsubscribe-token"

const KEYS = { secret: "a-secret-of-thirty-two-characters+" }
const TARGET = { address: "Ada@Example.test", flow: "cart-recovery" }
const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64url")

/** A token as 0.1 signed it: `parts.signature`, HMAC-SHA256 under the raw secret, first 16 bytes. */
function legacyToken(secret: string, parts: string[]): string {
  const signature = createHmac("sha256", secret).update(parts.join(".")).digest().subarray(0, 16)
  return `${parts.join(".")}.${signature.toString("base64url")}`
}

describe("unsubscribe tokens", () => {
  it("should carry the address and flow until the link's last day, then answer expired", () => {
    const now = new Date("2026-12-07T10:00:00Z")
    const token = signUnsubscribeToken(KEYS, TARGET, 30, now)
    expect(verifyUnsubscribeToken(KEYS, token, now)).toEqual({ ok: true, ...TARGET })
    expect(verifyUnsubscribeToken(KEYS, token, new Date("2027-01-05T09:59:00Z")).ok).toBe(true)
    expect(verifyUnsubscribeToken(KEYS, token, new Date("2027-01-06T10:00:01Z"))).toEqual({
      ok: false,
      reason: "expired",
    })
  })

  it("should refuse the same parts signed for another purpose", () => {
    for (const purpose of ["share", "offer", "recovery", "survey"] as const) {
      const token = signToken(KEYS, purpose, [b64(TARGET.address), TARGET.flow], { expiresAt: null })
      expect(verifyUnsubscribeToken(KEYS, token)).toEqual({ ok: false, reason: "invalid" })
    }
  })

  it("should honour a 0.1 link (no expiry) and no other 0.1 token of the same shape", () => {
    const parts = [b64(TARGET.address), TARGET.flow]
    expect(verifyUnsubscribeToken(KEYS, legacyToken(KEYS.secret, ["u", ...parts]))).toEqual({ ok: true, ...TARGET })
    expect(verifyUnsubscribeToken(KEYS, legacyToken(KEYS.secret, ["x", ...parts])).ok).toBe(false)
    expect(verifyUnsubscribeToken(KEYS, legacyToken("another-secret-of-thirty-two-chars", ["u", ...parts])).ok).toBe(
      false
    )
  })

  it("should refuse a flow that is not a flow name and an address without @", () => {
    expect(() => signUnsubscribeToken(KEYS, { ...TARGET, flow: "Cart Recovery" }, 30)).toThrow("is not a flow name")
    const noAt = signToken(KEYS, "unsubscribe", [b64("nobody"), TARGET.flow], { expiresAt: null })
    expect(verifyUnsubscribeToken(KEYS, noAt)).toEqual({ ok: false, reason: "invalid" })
  })
})
