import type { MedusaResponse } from "@medusajs/framework/http"

/** SQLSTATE classes and codes of a database that is restarting, shutting down or refusing connections. */
const UNAVAILABLE_CODES = new Set(["57P01", "57P02", "57P03", "55000", "53300"])
const CONNECTION_CLASS = "08"
/**
 * Codes that say the request's text was wrong, never that the database is away: 08P01 (protocol violation, e.g.
 * a NUL inside the query text ends the protocol's C string early), 22021 (invalid byte sequence, e.g. NUL in a
 * parameter) and 22P05 (unsupported Unicode escape, e.g. `\u0000` in jsonb). 08P01 sits in the connection class.
 */
const REQUEST_TEXT_CODES = new Set(["08P01", "22021", "22P05"])
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT"])
/** The same request-text errors by message, for drivers and wrappers that lose the code. */
const REQUEST_TEXT_MESSAGES = [/invalid byte sequence/i, /unsupported unicode escape/i, /invalid message format/i]
const UNAVAILABLE_MESSAGES = [
  /connection terminated/i,
  /terminating connection/i,
  /not currently accepting connections/i,
  /is not queryable/i,
  /timeout acquiring a connection/i,
  /connection (is )?closed/i,
]

/** Errors a database gives for one reason: it is away for now, or it refused the request's text. */
type DatabaseRefusal = "unavailable" | "request-text" | null

function classify(error: unknown): DatabaseRefusal {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown }
    if (typeof code === "string") {
      // checked first: 08P01 sits in the connection class, and PostgreSQL then closes the connection too
      if (REQUEST_TEXT_CODES.has(code)) return "request-text"
      if (UNAVAILABLE_CODES.has(code) || NETWORK_CODES.has(code) || code.startsWith(CONNECTION_CLASS)) {
        return "unavailable"
      }
    }
    if (typeof message === "string") {
      if (REQUEST_TEXT_MESSAGES.some((pattern) => pattern.test(message))) return "request-text"
      if (UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return "unavailable"
    }
    current = cause
  }
  return null
}

/** True when an error (or one it wraps) says the database is away for now, not that the request was wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return classify(error) === "unavailable"
}

/**
 * True when the database refused the request's own text (NUL, an invalid byte sequence): a 400, never an outage.
 * The control-character guard keeps such text out; this covers what still gets through (e.g. a header).
 */
export function isRefusedRequestText(error: unknown): boolean {
  return classify(error) === "request-text"
}

const AWAY = "The shop's database is unavailable for a moment; send the same request again shortly"

/** 503 with Retry-After in Medusa's error shape: the client may send the same request again. */
export function answerDatabaseUnavailable(res: MedusaResponse, message: string = AWAY): void {
  res.status(503).set("retry-after", "2").json({ type: "unavailable", message })
}
