import { createHmac } from "node:crypto"
import { randomToken, signToken, verifyLegacyToken, verifyToken } from "../signed-token"

const SECRET = "a-secret-of-thirty-two-characters!!"
const OLD_SECRET = "the-previous-secret-of-32-characters"
const NEVER = { expiresAt: null }

describe("signed tokens", () => {
  it("should verify its own tokens and return their parts", () => {
    const token = signToken(SECRET, "share", ["abc", "123"], NEVER)
    expect(token).toMatch(/^abc\.123\.0\.[A-Za-z0-9_-]{22}$/)
    expect(verifyToken(SECRET, "share", token, 2)).toEqual({ ok: true, parts: ["abc", "123"], expiresAt: null })
  })

  it("should never accept a token of one purpose as another", () => {
    const token = signToken(SECRET, "survey", ["tpfb_1"], NEVER)
    expect(verifyToken(SECRET, "survey", token, 1).ok).toBe(true)
    for (const other of ["recovery", "unsubscribe", "share", "offer"] as const) {
      expect(verifyToken(SECRET, other, token, 1)).toEqual({ ok: false, reason: "invalid" })
    }
  })

  it("should reject another secret, changed parts, a changed signature and other shapes", () => {
    const token = signToken(SECRET, "share", ["abc", "123"], NEVER)
    const [a, b, expiry, signature] = token.split(".")
    const invalid = { ok: false, reason: "invalid" }
    expect(verifyToken("another-secret-of-thirty-two-chars!", "share", token, 2)).toEqual(invalid)
    expect(verifyToken(SECRET, "share", `${a}.124.${expiry}.${signature}`, 2)).toEqual(invalid)
    expect(verifyToken(SECRET, "share", `${a}.${b}.zz.${signature}`, 2)).toEqual(invalid)
    expect(verifyToken(SECRET, "share", `${a}.${b}.${expiry}.${signature.slice(0, -1)}A`, 2)).toEqual(invalid)
    expect(verifyToken(SECRET, "share", `${a}.${b}.${expiry}`, 2)).toEqual(invalid)
    expect(verifyToken(SECRET, "share", token, 1)).toEqual(invalid)
    expect(verifyToken(SECRET, "share", `${token}.x`, 2)).toEqual(invalid)
    expect(verifyToken(SECRET, "share", "x".repeat(600), 2)).toEqual(invalid)
    expect(verifyToken(SECRET, "share", "a b.c.0.d", 2)).toEqual(invalid)
    expect(verifyToken(SECRET, "share", 42, 2)).toEqual(invalid)
  })

  it("should accept exactly one spelling of each token", () => {
    const token = signToken(SECRET, "unsubscribe", ["u", "x"], NEVER)
    const signature = token.slice(-22)
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    // The last base64url character carries 2 spare bits: every other character with the same 4 data bits
    // decodes to the same signature and must be refused.
    const spellings = [...alphabet].map((last) => `${token.slice(0, -1)}${last}`)
    const accepted = spellings.filter((spelling) => verifyToken(SECRET, "unsubscribe", spelling, 2).ok)
    expect(accepted).toEqual([token])
    expect(signature).toHaveLength(22)
    expect(verifyToken(SECRET, "unsubscribe", token.replace(".0.", ".00."), 2).ok).toBe(false)
  })

  it("should expire, saying so, and only after its time", () => {
    const issuedAt = new Date("2026-12-01T00:00:00Z")
    const expiresAt = new Date(issuedAt.getTime() + 14 * 86_400_000)
    const token = signToken(SECRET, "recovery", ["cart_1"], { expiresAt })
    const dayBefore = new Date(expiresAt.getTime() - 86_400_000)
    expect(verifyToken(SECRET, "recovery", token, 1, dayBefore)).toEqual({ ok: true, parts: ["cart_1"], expiresAt })
    expect(verifyToken(SECRET, "recovery", token, 1, expiresAt)).toEqual({ ok: false, reason: "expired" })
    const forged = token.replace(/\.[0-9a-z]+\./, `.${Math.floor(Date.now() / 1000 + 1e6).toString(36)}.`)
    expect(verifyToken(SECRET, "recovery", forged, 1, expiresAt)).toEqual({ ok: false, reason: "invalid" })
  })

  it("should verify tokens of a previous secret during a rotation and sign with the new one", () => {
    const old = signToken(OLD_SECRET, "offer", ["of_1"], NEVER)
    const rotated = { secret: SECRET, previousSecrets: [OLD_SECRET] }
    expect(verifyToken(rotated, "offer", old, 1).ok).toBe(true)
    expect(verifyToken(SECRET, "offer", old, 1).ok).toBe(false)
    const fresh = signToken(rotated, "offer", ["of_1"], NEVER)
    expect(verifyToken(SECRET, "offer", fresh, 1).ok).toBe(true)
    expect(verifyToken(OLD_SECRET, "offer", fresh, 1).ok).toBe(false)
  })

  it("should read the 0.1 shape only through verifyLegacyToken, canonical and signed by the raw secret", () => {
    const signature = createHmac("sha256", SECRET).update("u.eA.all").digest().subarray(0, 16).toString("base64url")
    const legacy = `u.eA.all.${signature}`
    expect(verifyLegacyToken(SECRET, legacy, 3)).toEqual(["u", "eA", "all"])
    expect(verifyLegacyToken({ secret: "x".repeat(32), previousSecrets: [SECRET] }, legacy, 3)).toEqual([
      "u",
      "eA",
      "all",
    ])
    expect(verifyLegacyToken(SECRET, `${legacy.slice(0, -1)}${legacy.endsWith("A") ? "B" : "A"}`, 3)).toBeNull()
    expect(verifyToken(SECRET, "unsubscribe", legacy, 2).ok).toBe(false)
  })

  it("should refuse to sign parts that are not base64url and make distinct random tokens", () => {
    expect(() => signToken(SECRET, "share", ["a.b"], NEVER)).toThrow(/base64url/)
    const tokens = new Set(Array.from({ length: 1000 }, () => randomToken()))
    expect(tokens.size).toBe(1000)
    expect([...tokens][0]).toMatch(/^[A-Za-z0-9_-]{22}$/)
  })
})
