import { randomToken, signToken, verifyToken } from "../signed-token"

const SECRET = "a-secret-of-sixteen-chars"

describe("signed tokens", () => {
  it("should verify its own tokens and return their parts", () => {
    const token = signToken(SECRET, ["abc", "123"])
    expect(token).toMatch(/^abc\.123\.[A-Za-z0-9_-]{22}$/)
    expect(verifyToken(SECRET, token, 2)).toEqual(["abc", "123"])
  })

  it("should reject another secret, changed parts, a changed signature and other shapes", () => {
    const token = signToken(SECRET, ["abc", "123"])
    const [a, b, signature] = token.split(".")
    expect(verifyToken("another-secret-of-16", token, 2)).toBeNull()
    expect(verifyToken(SECRET, `${a}.124.${signature}`, 2)).toBeNull()
    expect(verifyToken(SECRET, `${a}.${b}.${signature.slice(0, -1)}A`, 2)).toBeNull()
    expect(verifyToken(SECRET, `${a}.${b}`, 2)).toBeNull()
    expect(verifyToken(SECRET, token, 1)).toBeNull()
    expect(verifyToken(SECRET, `${token}.x`, 2)).toBeNull()
    expect(verifyToken(SECRET, "x".repeat(600), 2)).toBeNull()
    expect(verifyToken(SECRET, "a b.c.d", 2)).toBeNull()
  })

  it("should refuse to sign parts that are not base64url and make distinct random tokens", () => {
    expect(() => signToken(SECRET, ["a.b"])).toThrow(/base64url/)
    const tokens = new Set(Array.from({ length: 1000 }, () => randomToken()))
    expect(tokens.size).toBe(1000)
    expect([...tokens][0]).toMatch(/^[A-Za-z0-9_-]{22}$/)
  })
})
