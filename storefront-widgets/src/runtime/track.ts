import { storeFetch } from "./client.js"
import { getConfig } from "./config.js"
import { analyticsAllowed, getConsent } from "./consent-state.js"
import { TouchpointsError } from "./errors.js"
import { emit } from "./events.js"
import { state } from "./state.js"
import { EVENT_FIELDS, type EventType, FIELD_MAX, type TrackEvent, type WireEvent } from "./types.js"
import { sessionUtm } from "./utm.js"
import { adoptVisitorId, forgetVisitorId, getVisitorId, obtainVisitorId } from "./visitor.js"

/** The backend takes 1-50 events per request. */
export const BATCH_MAX = 50
/** Flush as soon as this many events wait... */
export const FLUSH_AT = 10
/** ...or this long after the first one was queued. */
export const FLUSH_DELAY_MS = 1000
const MAX_TEXT = 2048

/**
 * What happens to an event of this type now:
 * - "send": analytics are allowed (consent not required, or accepted);
 * - "hold": consent is required and the shopper has not chosen yet; kept in memory (this page only) and sent if
 *   they accept, dropped if they decline;
 * - "drop": the shopper chose "necessary only". The shop's `necessaryEvents` would pass, but every event needs a
 *   visitor id and none exists without consent, so in effect nothing is tracked until consent.
 */
function gate(type: EventType): "send" | "hold" | "drop" {
  if (analyticsAllowed()) return "send"
  if (getConsent() === null) return "hold"
  return getConfig().necessaryEvents.includes(type) && getVisitorId() !== null ? "send" : "drop"
}

/** Keeps only the fields the event's type allows (the backend rejects others) and fills page defaults. */
function prepare(event: TrackEvent): WireEvent | null {
  const allowed: readonly string[] | undefined = EVENT_FIELDS[event.type]
  if (!allowed) {
    const error = new TouchpointsError(`Unknown event type "${String(event.type)}"`, { type: "invalid_data" })
    emit("tp-error", { error })
    return null
  }
  const defaults: Record<string, unknown> = allowed.includes("url") ? { url: location.href } : {}
  if (event.type === "page_view") {
    defaults.referrer = document.referrer
    defaults.title = document.title
    defaults.utm = sessionUtm()
  }
  const given: Record<string, unknown> = { ...event }
  const wire: WireEvent = { type: event.type, occurred_at: event.occurred_at ?? new Date().toISOString() }
  for (const field of allowed) {
    const value = given[field] ?? defaults[field]
    if (value === undefined || value === null || value === "") continue
    wire[field] = typeof value === "string" ? value.slice(0, FIELD_MAX[field] ?? MAX_TEXT) : value
  }
  return wire
}

/** Sends what is queued at page hide, with `keepalive` so the request outlives the page (see README). */
function listenForPageHide(): void {
  const current = state()
  if (current.listening) return
  current.listening = true
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") void flush({ keepalive: true })
  })
  window.addEventListener("pagehide", () => void flush({ keepalive: true }))
}

function enqueue(events: WireEvent[]): void {
  const current = state()
  current.queue.push(...events)
  listenForPageHide()
  if (current.queue.length >= FLUSH_AT) {
    void flush()
  } else {
    current.timer ??= setTimeout(() => void flush(), FLUSH_DELAY_MS)
  }
}

/**
 * Records a shopper event (page_view, product_view, category_view, search, add_to_cart, checkout_started).
 * Fills `occurred_at`, and for page_view the url, referrer, title and the session's UTM parameters. Events are
 * batched (see `flush`); before consent they wait in memory, after "necessary only" they are dropped.
 * A no-op on the server.
 */
export function track(event: TrackEvent): void {
  if (typeof window === "undefined") return
  sessionUtm() // the landing page's campaign is captured on the first call of the session
  const wire = prepare(event)
  if (!wire) return
  const decision = gate(wire.type)
  if (decision === "send") enqueue([wire])
  else if (decision === "hold") {
    const held = state().held
    held.push(wire)
    if (held.length > BATCH_MAX) held.shift()
  }
}

/** A batch the store could not take for now is sent again this many times, after 1, 2 and 4 s. */
export const RETRIES = 3
const RETRY_BASE_MS = 1000

/** The store is briefly away (a restart, a database failover, a busy proxy): the batch may be sent again. */
const retryable = (error: unknown) =>
  error instanceof TouchpointsError &&
  (error.type === "network" || error.type === "timeout" || [502, 503, 504].includes(error.status))

/** One batch, sent again while the store answers that it cannot take it now (it stored nothing of it then). */
async function sendBatch(events: WireEvent[], firstVisitorId: string, keepalive: boolean): Promise<void> {
  let visitorId = firstVisitorId
  let reissued = false
  for (let attempt = 0; ; attempt += 1) {
    try {
      const answer = await storeFetch<{ visitor_id?: string }>("/store/touchpoints/events", {
        body: { events },
        visitorId,
        keepalive,
      })
      adoptVisitorId(answer?.visitor_id)
      return
    } catch (error) {
      // 401: the shop does not know this id (a 0.1 id, a rotated secret): ask for a new one and send once more
      if (!reissued && error instanceof TouchpointsError && error.status === 401) {
        reissued = true
        forgetVisitorId()
        const fresh = await obtainVisitorId()
        if (!fresh) return
        visitorId = fresh
        continue
      }
      if (attempt >= RETRIES || !retryable(error)) return
      await new Promise((resolve) => setTimeout(resolve, RETRY_BASE_MS * 2 ** attempt))
    }
  }
}

/**
 * Sends every queued event now, in requests of up to 50, to `POST /store/touchpoints/events` with the visitor
 * header. Never rejects: failures fire `tp-error`; a batch refused for now (502/503/504, no answer) is sent again
 * up to 3 times, any other failure drops it (the store said it is wrong).
 */
export async function flush(options: { keepalive?: boolean } = {}): Promise<void> {
  const current = state()
  clearTimeout(current.timer)
  current.timer = undefined
  const events = current.queue.splice(0)
  if (events.length === 0) return
  const visitorId = (await obtainVisitorId()) ?? getVisitorId()
  if (!visitorId) return
  const sends: Promise<unknown>[] = []
  for (let start = 0; start < events.length; start += BATCH_MAX) {
    sends.push(sendBatch(events.slice(start, start + BATCH_MAX), visitorId, options.keepalive ?? false))
  }
  await Promise.allSettled(sends)
}

/** Consent given: what was held goes out. */
export function releaseHeld(): void {
  const held = state().held.splice(0)
  if (held.length > 0) enqueue(held)
}

/** Consent declined: what was held or queued is forgotten. */
export function dropHeld(): void {
  const current = state()
  current.held.length = 0
  current.queue.length = 0
}
