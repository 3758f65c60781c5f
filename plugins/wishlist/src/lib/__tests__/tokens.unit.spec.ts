import { guestKeyOf, issueGuestToken, readShareToken, shareTokenOf } from "../tokens"

const SECRET = "a-secret-of-sixteen-chars"

describe("guest tokens", () => {
  it("should recognise issued tokens by their key and reject forged ones", () => {
    const { token, guestKey } = issueGuestToken(SECRET)
    expect(token).toMatch(/^wlt_[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{22}$/)
    expect(guestKeyOf(SECRET, token)).toBe(guestKey)
    expect(guestKey).toMatch(/^[0-9a-f]{64}$/)
    expect(guestKeyOf("another-secret-of-16", token)).toBeNull()
    // a changed character (writing "x" left the token as it was when that character already was an "x")
    const tampered = `${token.slice(0, 10)}${token[10] === "x" ? "y" : "x"}${token.slice(11)}`
    expect(guestKeyOf(SECRET, tampered)).toBeNull()
    expect(issueGuestToken(SECRET).guestKey).not.toBe(guestKey)
  })

  it("should not take a share token for a guest token", () => {
    const share = shareTokenOf(SECRET, "nonce", new Date(Date.now() + 60_000))
    expect(guestKeyOf(SECRET, share)).toBeNull()
  })
})

describe("share tokens", () => {
  it("should read authentic, unexpired tokens only", () => {
    const now = Date.now()
    const token = shareTokenOf(SECRET, "nonce123", new Date(now + 60_000))
    expect(readShareToken(SECRET, token, now)).toEqual({ nonce: "nonce123" })
    expect(readShareToken(SECRET, token, now + 61_000)).toBeNull()
    expect(readShareToken("another-secret-of-16", token, now)).toBeNull()
    const [nonce, , signature] = token.split(".")
    const extended = `${nonce}.${Math.floor((now + 9e9) / 1000).toString(36)}.${signature}`
    expect(readShareToken(SECRET, extended, now)).toBeNull()
  })
})
