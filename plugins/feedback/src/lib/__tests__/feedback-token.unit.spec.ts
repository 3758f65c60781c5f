import { createHmac } from "node:crypto"
import { signToken } from "@touchpoints/core/lib"
import { signFeedbackToken, verifyFeedbackToken } from "../feedback-token"

const KEYS = { secret: "a-secret-of-thirty-two-characters!" }
const NOW = new Date("2026-12-07T09:00:00Z")
const DAY_MS = 86_400_000

describe("feedback tokens", () => {
  it("should name their own survey only", () => {
    const token = signFeedbackToken(KEYS, "tpfb_01ABC", 30, NOW)
    expect(verifyFeedbackToken(KEYS, token, NOW)).toEqual({ ok: true, surveyId: "tpfb_01ABC" })
    expect(verifyFeedbackToken({ secret: "another-secret-of-thirty-two-chars" }, token, NOW).ok).toBe(false)
    expect(verifyFeedbackToken(KEYS, token.replace("01ABC", "01ABD"), NOW).ok).toBe(false)
    expect(verifyFeedbackToken(KEYS, "tpfb_01ABC", NOW).ok).toBe(false)
  })

  it("should expire after surveyLinkDays, and say so", () => {
    const token = signFeedbackToken(KEYS, "tpfb_01ABC", 30, NOW)
    expect(verifyFeedbackToken(KEYS, token, new Date(NOW.getTime() + 29 * DAY_MS)).ok).toBe(true)
    expect(verifyFeedbackToken(KEYS, token, new Date(NOW.getTime() + 31 * DAY_MS))).toEqual({
      ok: false,
      reason: "expired",
    })
  })

  it("should not accept another purpose's token signed with the same secret", () => {
    const far = { expiresAt: new Date(NOW.getTime() + DAY_MS) }
    expect(verifyFeedbackToken(KEYS, signToken(KEYS, "recovery", ["tpfb_01ABC"], far), NOW).ok).toBe(false)
    expect(verifyFeedbackToken(KEYS, signToken(KEYS, "survey", ["cart_01ABC"], far), NOW).ok).toBe(false)
  })

  it("should still open surveys from links mailed by the 0.1 releases (fb.<survey>.<signature>)", () => {
    const signature = createHmac("sha256", KEYS.secret).update("fb.tpfb_01OLD").digest().subarray(0, 16)
    const legacy = `fb.tpfb_01OLD.${signature.toString("base64url")}`
    expect(verifyFeedbackToken(KEYS, legacy, NOW)).toEqual({ ok: true, surveyId: "tpfb_01OLD" })
    expect(verifyFeedbackToken(KEYS, legacy.replace("fb.", "cr."), NOW).ok).toBe(false)
  })
})
