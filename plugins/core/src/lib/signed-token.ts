import { createHmac, randomBytes, timingSafeEqual } from "node:crypto"

/** Characters of a base64url HMAC-SHA256 signature truncated to 16 bytes (128 bits). */
const SIGNATURE_BYTES = 16
const PART = /^[A-Za-z0-9_-]+$/

function signatureOf(secret: string, payload: string): Buffer {
  return createHmac("sha256", secret).update(payload).digest().subarray(0, SIGNATURE_BYTES)
}

/** An unguessable random string (base64url, `bytes` of entropy). */
export function randomToken(bytes = 16): string {
  return randomBytes(bytes).toString("base64url")
}

/**
 * `part1.part2.signature`: the parts (base64url-safe strings) with an HMAC over them, for links and tokens
 * the server must recognise as its own without storing them. Revocation is the caller's job: put a nonce
 * in the parts and keep it in the database.
 */
export function signToken(secret: string, parts: readonly string[]): string {
  for (const part of parts) {
    if (!PART.test(part)) throw new Error(`signToken: part "${part}" is not base64url`)
  }
  const payload = parts.join(".")
  return `${payload}.${signatureOf(secret, payload).toString("base64url")}`
}

/** The parts of a token signed with `secret`, or null when it is malformed, has another shape or a bad signature. */
export function verifyToken(secret: string, token: string, partCount: number): string[] | null {
  if (typeof token !== "string" || token.length > 512) return null
  const pieces = token.split(".")
  if (pieces.length !== partCount + 1 || !pieces.every((piece) => PART.test(piece))) return null
  const given = Buffer.from(pieces[partCount], "base64url")
  const parts = pieces.slice(0, partCount)
  const expected = signatureOf(secret, parts.join("."))
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  return parts
}
