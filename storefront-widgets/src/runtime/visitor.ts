import { analyticsAllowed } from "./consent-state.js"
import { VISITOR_KEY } from "./keys.js"
import { readItem, removeItem, writeItem } from "./storage.js"

/** The backend accepts visitor ids of this shape (a UUID fits). */
export const VISITOR_ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/

/** A random UUID v4; `crypto.randomUUID` exists only in secure contexts, `getRandomValues` everywhere. */
function randomId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("")
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** The stored first-party visitor id (localStorage `tp_visitor_id`), or null. Never creates one. */
export function getVisitorId(): string | null {
  const id = readItem("local", VISITOR_KEY)
  return id && VISITOR_ID_PATTERN.test(id) ? id : null
}

/**
 * The visitor id, created on first use when analytics are allowed (consent not required, or accepted).
 * Returns null while consent is required and not given: no id exists before consent.
 */
export function ensureVisitorId(): string | null {
  if (!analyticsAllowed()) return null
  const existing = getVisitorId()
  if (existing) return existing
  const id = randomId()
  writeItem("local", VISITOR_KEY, id)
  return getVisitorId() ?? id
}

/** Deletes the stored visitor id (after "necessary only"). */
export function forgetVisitorId(): void {
  removeItem("local", VISITOR_KEY)
}
