import { createHmac, randomBytes, timingSafeEqual } from "node:crypto"

/**
 * What a token is for. Each purpose signs with its own key derived from the secret, so a token of one kind
 * is never accepted as another (a share token cannot unsubscribe, a survey token cannot recover a cart).
 */
export type TokenPurpose =
  | "unsubscribe"
  | "survey"
  | "recovery"
  | "offer"
  | "share"
  | "guest-list"
  | "visitor"
  | "consent-confirmation"
  | "data-export"

/** The secret that signs new tokens, and older ones that still verify during a rotation. */
export type SigningKeys = { secret: string; previousSecrets?: readonly string[] }

/** A key set from a plain secret (or an existing key set). */
export function signingKeys(keys: SigningKeys | string): SigningKeys {
  return typeof keys === "string" ? { secret: keys } : keys
}

/** Bytes of the HMAC-SHA256 signature kept (128 bits): 22 base64url characters. */
const SIGNATURE_BYTES = 16
const PART = /^[A-Za-z0-9_-]+$/
/** Unix seconds in base 36, or "0" for a token that does not expire: one spelling per value. */
const EXPIRY = /^(0|[1-9a-z][0-9a-z]{0,9})$/
const MAX_TOKEN_LENGTH = 512

function purposeKey(secret: string, purpose: TokenPurpose): Buffer {
  return createHmac("sha256", secret).update(`touchpoints/token-key/${purpose}`).digest()
}

function signatureOf(key: Buffer | string, payload: string): Buffer {
  return createHmac("sha256", key).update(payload).digest().subarray(0, SIGNATURE_BYTES)
}

/** The decoded signature when `piece` is its one canonical base64url spelling, else null. */
function canonicalSignature(piece: string): Buffer | null {
  const bytes = Buffer.from(piece, "base64url")
  return bytes.length === SIGNATURE_BYTES && bytes.toString("base64url") === piece ? bytes : null
}

/** An unguessable random string (base64url, `bytes` of entropy). */
export function randomToken(bytes = 16): string {
  return randomBytes(bytes).toString("base64url")
}

export type SignOptions = {
  /** When the token stops working; null for tokens that are revoked by other means (a stored nonce). */
  expiresAt: Date | null
}

/**
 * `part1.part2.<expiry>.<signature>` for `purpose`: the parts (base64url-safe strings) and the expiry (unix
 * seconds, base 36; "0" = none), with an HMAC under the purpose's key. The server recognises its own tokens
 * without storing them; revocation is the caller's job (a nonce in the parts, kept in the database).
 */
export function signToken(
  keys: SigningKeys | string,
  purpose: TokenPurpose,
  parts: readonly string[],
  options: SignOptions
): string {
  for (const part of parts) {
    if (!PART.test(part)) throw new Error(`signToken: part "${part}" is not base64url`)
  }
  const expiry = options.expiresAt ? Math.ceil(options.expiresAt.getTime() / 1000).toString(36) : "0"
  const payload = [...parts, expiry].join(".")
  const signature = signatureOf(purposeKey(signingKeys(keys).secret, purpose), `${purpose}.${payload}`)
  return `${payload}.${signature.toString("base64url")}`
}

export type VerifiedToken = { ok: true; parts: string[]; expiresAt: Date | null }
/** `invalid`: malformed, another shape or purpose, or a bad signature. `expired`: authentic but past its time. */
export type RejectedToken = { ok: false; reason: "invalid" | "expired" }

/**
 * The parts of a `purpose` token signed with the current or a previous secret. Only the canonical spelling
 * verifies. An authentic token past its expiry answers `expired`, so a page can say so plainly.
 */
export function verifyToken(
  keys: SigningKeys | string,
  purpose: TokenPurpose,
  token: unknown,
  partCount: number,
  now: Date = new Date()
): VerifiedToken | RejectedToken {
  const invalid: RejectedToken = { ok: false, reason: "invalid" }
  if (typeof token !== "string" || token.length > MAX_TOKEN_LENGTH) return invalid
  const pieces = token.split(".")
  if (pieces.length !== partCount + 2 || !pieces.every((piece) => PART.test(piece))) return invalid
  const expiry = pieces[partCount]
  const given = canonicalSignature(pieces[partCount + 1])
  if (!EXPIRY.test(expiry) || !given) return invalid
  const payload = `${purpose}.${pieces.slice(0, partCount + 1).join(".")}`
  const { secret, previousSecrets = [] } = signingKeys(keys)
  const authentic = [secret, ...previousSecrets].some((candidate) =>
    timingSafeEqual(given, signatureOf(purposeKey(candidate, purpose), payload))
  )
  if (!authentic) return invalid
  const expiresAt = expiry === "0" ? null : new Date(Number.parseInt(expiry, 36) * 1000)
  if (expiresAt && expiresAt.getTime() <= now.getTime()) return { ok: false, reason: "expired" }
  return { ok: true, parts: pieces.slice(0, partCount), expiresAt }
}

/**
 * A token of the 0.1 releases (`parts.signature`, HMAC under the raw secret, no purpose, no expiry), kept only
 * where a stored meaning must survive the upgrade: guest list tokens held by browsers and unsubscribe links in
 * mail already sent. Returns the parts, or null. New code never signs this shape.
 */
export function verifyLegacyToken(keys: SigningKeys | string, token: unknown, partCount: number): string[] | null {
  if (typeof token !== "string" || token.length > MAX_TOKEN_LENGTH) return null
  const pieces = token.split(".")
  if (pieces.length !== partCount + 1 || !pieces.every((piece) => PART.test(piece))) return null
  const given = canonicalSignature(pieces[partCount])
  if (!given) return null
  const parts = pieces.slice(0, partCount)
  const { secret, previousSecrets = [] } = signingKeys(keys)
  const authentic = [secret, ...previousSecrets].some((candidate) =>
    timingSafeEqual(given, signatureOf(candidate, parts.join(".")))
  )
  return authentic ? parts : null
}
