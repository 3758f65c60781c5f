import { storeFetch } from "./client.js"
import { analyticsAllowed } from "./consent-state.js"
import { VISITOR_KEY } from "./keys.js"
import { readItem, removeItem, writeItem } from "./storage.js"

/** A visitor id as the backend issues it: the id, signed by the shop (`<id>.0.<signature>`). */
export const VISITOR_ID_PATTERN = /^[A-Za-z0-9_-]{16,64}\.0\.[A-Za-z0-9_-]{22}$/
/** An id a 0.1 widget made itself: upgraded once by the backend, then never sent again. */
const LEGACY_VISITOR_ID = /^[A-Za-z0-9_-]{16,64}$/

let issuing: Promise<string | null> | undefined

/** The stored visitor id the backend issued (localStorage `tp_visitor_id`), or null. Never creates one. */
export function getVisitorId(): string | null {
  const id = readItem("local", VISITOR_KEY)
  return id && VISITOR_ID_PATTERN.test(id) ? id : null
}

/**
 * The visitor id, asked from the backend on first use (`POST /store/touchpoints/visitor`) when analytics are
 * allowed (consent not required, or accepted); a 0.1 widget's own id is sent along once to keep its profile.
 * Resolves null while consent is required and not given (no id exists before consent), or when the backend
 * cannot be reached (the next call asks again).
 */
export async function obtainVisitorId(): Promise<string | null> {
  if (!analyticsAllowed()) return null
  const existing = getVisitorId()
  if (existing) return existing
  issuing ??= issueVisitorId().finally(() => {
    issuing = undefined
  })
  return issuing
}

async function issueVisitorId(): Promise<string | null> {
  const stored = readItem("local", VISITOR_KEY)
  const legacy = stored && LEGACY_VISITOR_ID.test(stored) ? stored : undefined
  try {
    const answer = await storeFetch<{ visitor_id: string }>("/store/touchpoints/visitor", {
      body: legacy ? { visitor_id: legacy } : {},
      visitorId: null,
    })
    adoptVisitorId(answer.visitor_id)
    return getVisitorId()
  } catch {
    return null // reported as tp-error by storeFetch
  }
}

/**
 * @deprecated since 0.2: ids come from the backend, so use `obtainVisitorId()`. Returns the stored id (null
 * before the backend issued one) and asks for one in the background.
 */
export function ensureVisitorId(): string | null {
  void obtainVisitorId()
  return getVisitorId()
}

/** Keeps the id a backend answer names (a new one after it rotated a shared device's id). */
export function adoptVisitorId(id: unknown): void {
  if (typeof id === "string" && VISITOR_ID_PATTERN.test(id) && id !== readItem("local", VISITOR_KEY)) {
    writeItem("local", VISITOR_KEY, id)
  }
}

/** Deletes the stored visitor id (after "necessary only", or when the backend no longer knows it). */
export function forgetVisitorId(): void {
  removeItem("local", VISITOR_KEY)
}
