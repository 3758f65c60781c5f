import { createHmac } from "node:crypto"
import { signToken } from "@touchpoints/core/lib"
import { legacyLinkExpiry, signRecoveryToken, verifyRecoveryToken } from "../recovery-token"

const KEYS = { secret: "r".repeat(32) }
const NOW = new Date("2026-12-07T10:00:00Z")
const DAY = 86_400_000

/** A link as the 0.1 releases mailed it: `cr.<cart>.<step>.<HMAC under the raw secret>`. */
const legacyToken = (secret: string, cartId: string, step: number) => {
  const payload = `cr.${cartId}.${step}`
  const signature = createHmac("sha256", secret).update(payload).digest().subarray(0, 16).toString("base64url")
  return `${payload}.${signature}`
}

describe("recovery tokens", () => {
  it("should carry the cart and step until the link's lifetime ends, then say expired", () => {
    const token = signRecoveryToken(KEYS, "cart_01ABC", 2, 14, NOW)
    expect(verifyRecoveryToken(KEYS, token, new Date(NOW.getTime() + 13 * DAY))).toEqual({
      ok: true,
      link: { cartId: "cart_01ABC", step: 2, expiresAt: new Date(NOW.getTime() + 14 * DAY) },
    })
    expect(verifyRecoveryToken(KEYS, token, new Date(NOW.getTime() + 14 * DAY + 1000))).toEqual({
      ok: false,
      reason: "expired",
    })
  })

  it("should refuse a token of another purpose, another secret or a tampered one", () => {
    const survey = signToken(KEYS, "survey", ["cart_01ABC", "0"], { expiresAt: null })
    expect(verifyRecoveryToken(KEYS, survey, NOW)).toEqual({ ok: false, reason: "invalid" })
    const foreign = signRecoveryToken({ secret: "x".repeat(32) }, "cart_01ABC", 0, 14, NOW)
    expect(verifyRecoveryToken(KEYS, foreign, NOW)).toEqual({ ok: false, reason: "invalid" })
    const token = signRecoveryToken(KEYS, "cart_01ABC", 0, 14, NOW)
    expect(verifyRecoveryToken(KEYS, token.replace("cart_01ABC", "cart_01ABD"), NOW).ok).toBe(false)
  })

  it("should accept a link signed before a rotation", () => {
    const old = signRecoveryToken({ secret: "o".repeat(32) }, "cart_01ABC", 1, 14, NOW)
    const rotated = { secret: KEYS.secret, previousSecrets: ["o".repeat(32)] }
    expect(verifyRecoveryToken(rotated, old, NOW)).toMatchObject({ ok: true, link: { cartId: "cart_01ABC", step: 1 } })
  })

  it("should accept a 0.1 link without an expiry inside, dated from its reminder", () => {
    expect(verifyRecoveryToken(KEYS, legacyToken(KEYS.secret, "cart_01OLD", 0), NOW)).toEqual({
      ok: true,
      link: { cartId: "cart_01OLD", step: 0, expiresAt: null },
    })
    expect(verifyRecoveryToken(KEYS, legacyToken("x".repeat(32), "cart_01OLD", 0), NOW).ok).toBe(false)
    expect(legacyLinkExpiry(NOW, 14)).toEqual(new Date(NOW.getTime() + 14 * DAY))
    expect(legacyLinkExpiry(null, 14)).toBeNull()
  })
})
