import { createHash, createHmac } from "node:crypto"
import { guestKeyOf, issueGuestToken, readShareToken, shareTokenOf } from "../tokens"

const KEYS = { secret: "a-secret-of-thirty-two-characters+" }
const OTHER = { secret: "another-secret-of-thirty-two-chars" }

/** A token as 0.1 signed it: `parts.signature`, HMAC-SHA256 under the raw secret, first 16 bytes. */
function legacyToken(secret: string, parts: string[]): string {
  const signature = createHmac("sha256", secret).update(parts.join(".")).digest().subarray(0, 16)
  return `${parts.join(".")}.${signature.toString("base64url")}`
}

describe("guest tokens", () => {
  it("should recognise issued tokens by their key and reject forged ones", () => {
    const { token, guestKey } = issueGuestToken(KEYS)
    expect(token).toMatch(/^wlt_[A-Za-z0-9_-]{22}\.0\.[A-Za-z0-9_-]{22}$/)
    expect(guestKeyOf(KEYS, token)).toBe(guestKey)
    expect(guestKey).toMatch(/^[0-9a-f]{64}$/)
    expect(guestKeyOf(OTHER, token)).toBeNull()
    // a changed character (writing "x" left the token as it was when that character already was an "x")
    const tampered = `${token.slice(0, 10)}${token[10] === "x" ? "y" : "x"}${token.slice(11)}`
    expect(guestKeyOf(KEYS, tampered)).toBeNull()
    expect(issueGuestToken(KEYS).guestKey).not.toBe(guestKey)
  })

  it("should keep opening lists stored under a 0.1 guest token (same key), and verify after a rotation", () => {
    const old = legacyToken(KEYS.secret, ["wlt_AAAAAAAAAAAAAAAAAAAAAA"])
    const storedKey = createHash("sha256").update(old).digest("hex")
    expect(guestKeyOf(KEYS, old)).toBe(storedKey)
    expect(guestKeyOf({ secret: OTHER.secret, previousSecrets: [KEYS.secret] }, old)).toBe(storedKey)
    expect(guestKeyOf(OTHER, old)).toBeNull()
  })

  it("should not take a share token for a guest token, nor a guest token for a share token", () => {
    const share = shareTokenOf(KEYS, "wlt_nonce", new Date(Date.now() + 60_000))
    expect(guestKeyOf(KEYS, share)).toBeNull()
    expect(readShareToken(KEYS, issueGuestToken(KEYS).token)).toBeNull()
  })
})

describe("share tokens", () => {
  it("should read authentic, unexpired tokens only", () => {
    const now = Date.now()
    const token = shareTokenOf(KEYS, "nonce123", new Date(now + 60_000))
    expect(readShareToken(KEYS, token, now)).toEqual({ nonce: "nonce123" })
    expect(readShareToken(KEYS, token, now + 61_000)).toBeNull()
    expect(readShareToken(OTHER, token, now)).toBeNull()
    const [nonce, , signature] = token.split(".")
    const extended = `${nonce}.${Math.floor((now + 9e9) / 1000).toString(36)}.${signature}`
    expect(readShareToken(KEYS, extended, now)).toBeNull()
  })

  it("should still open a link shared before 0.2 until its own expiry", () => {
    const now = Date.now()
    const live = legacyToken(KEYS.secret, ["nonce123", Math.floor((now + 60_000) / 1000).toString(36)])
    expect(readShareToken(KEYS, live, now)).toEqual({ nonce: "nonce123" })
    expect(readShareToken(KEYS, live, now + 61_000)).toBeNull()
  })
})
