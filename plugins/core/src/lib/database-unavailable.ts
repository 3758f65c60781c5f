import type { MedusaResponse } from "@medusajs/framework/http"

/** SQLSTATE classes and codes of a database that is restarting, shutting down or refusing connections. */
const UNAVAILABLE_CODES = new Set(["57P01", "57P02", "57P03", "55000", "53300"])
const CONNECTION_CLASS = "08"
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT"])
const UNAVAILABLE_MESSAGES = [
  /connection terminated/i,
  /terminating connection/i,
  /not currently accepting connections/i,
  /is not queryable/i,
  /timeout acquiring a connection/i,
  /connection (is )?closed/i,
]

/** True when an error (or one it wraps) says the database is away for now, not that the request was wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown }
    if (typeof code === "string") {
      if (UNAVAILABLE_CODES.has(code) || NETWORK_CODES.has(code) || code.startsWith(CONNECTION_CLASS)) return true
    }
    if (typeof message === "string" && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return true
    current = cause
  }
  return false
}

const AWAY = "The shop's database is unavailable for a moment; send the same request again shortly"

/** 503 with Retry-After in Medusa's error shape: the client may send the same request again. */
export function answerDatabaseUnavailable(res: MedusaResponse, message: string = AWAY): void {
  res.status(503).set("retry-after", "2").json({ type: "unavailable", message })
}
