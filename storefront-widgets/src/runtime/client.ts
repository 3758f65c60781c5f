import { getConfig } from "./config.js"
import { errorFromResponse, TouchpointsError } from "./errors.js"
import { emit } from "./events.js"
import { localize } from "./i18n.js"
import { state } from "./state.js"
import { runtimeTables } from "./strings.js"
import { getVisitorId } from "./visitor.js"

export interface StoreRequest {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE"
  /** Sent as JSON. */
  body?: unknown
  /** Appended as query parameters (undefined values are left out). */
  query?: Record<string, string | number | boolean | undefined>
  /** Extra headers (they win over the defaults). */
  headers?: Record<string, string>
  /** Visitor id for `x-touchpoints-visitor`; default: the stored one. null sends none. */
  visitorId?: string | null
  /** Survives page unload (`fetch(..., { keepalive: true })`); bodies must stay under 64 KB. */
  keepalive?: boolean
  signal?: AbortSignal
  /**
   * Where a failure is reported as `tp-error` (it bubbles and is composed): default `document`; an element
   * makes the event come from that widget; null reports nothing (the caller reports or retries itself).
   */
  reportTo?: EventTarget | null
}

function buildUrl(path: string, query: StoreRequest["query"]): string {
  const base = getConfig().backendUrl
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) params.append(key, String(value))
  }
  const search = params.toString()
  return `${base}${path}${search ? `?${search}` : ""}`
}

function pageOrigin(): string {
  return typeof location === "undefined" ? "(no page)" : location.origin
}

/** Reports the error as `tp-error` (on `document` unless `reportTo` says otherwise) and returns it for throwing. */
function report(error: TouchpointsError, reportTo?: EventTarget | null): TouchpointsError {
  if (reportTo !== null) emit("tp-error", { error }, reportTo)
  return error
}

/**
 * Calls the Medusa store API: adds `x-publishable-api-key`, the customer's bearer token, the visitor header,
 * JSON and a timeout. Resolves with the parsed JSON body (undefined for an empty body); rejects with a
 * `TouchpointsError` (Medusa's `{ type, message }`, or network/timeout/config) after firing `tp-error`
 * (see `reportTo`).
 */
export async function storeFetch<T>(path: string, request: StoreRequest = {}): Promise<T> {
  const config = getConfig()
  const url = buildUrl(path, request.query)
  if (!config.publishableKey) {
    const error = new TouchpointsError(localize(runtimeTables, "error.config", { missing: "publishableKey" }), {
      type: "config",
      url,
    })
    throw report(error, request.reportTo)
  }

  const headers: Record<string, string> = {
    accept: "application/json",
    "x-publishable-api-key": config.publishableKey,
  }
  if (request.body !== undefined) headers["content-type"] = "application/json"
  const token = state().customerToken
  if (token) headers.authorization = `Bearer ${token}`
  const visitorId = request.visitorId === undefined ? getVisitorId() : request.visitorId
  if (visitorId) headers["x-touchpoints-visitor"] = visitorId
  Object.assign(headers, request.headers)

  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), config.timeoutMs)
  const onAbort = () => controller.abort()
  request.signal?.addEventListener("abort", onAbort, { once: true })

  try {
    const response = await fetch(url, {
      method: request.method ?? (request.body === undefined ? "GET" : "POST"),
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      credentials: config.fetchCredentials,
      keepalive: request.keepalive ?? false,
      signal: controller.signal,
    })
    if (!response.ok) throw report(await errorFromResponse(response, url), request.reportTo)
    const text = await response.text()
    if (!text) return undefined as T
    try {
      return JSON.parse(text) as T
    } catch {
      const message = `Invalid JSON from ${url}`
      throw report(
        new TouchpointsError(message, { type: "invalid_response", status: response.status, url }),
        request.reportTo
      )
    }
  } catch (cause) {
    // fetch rejects with a bare TypeError for network failures and CORS refusals alike: name both
    if (cause instanceof TouchpointsError || request.signal?.aborted) throw cause
    const timedOut = controller.signal.aborted
    const message = timedOut
      ? localize(runtimeTables, "error.timeout", { ms: config.timeoutMs, url })
      : localize(runtimeTables, "error.network", { url: config.backendUrl || pageOrigin(), origin: pageOrigin() })
    throw report(new TouchpointsError(message, { type: timedOut ? "timeout" : "network", url }), request.reportTo)
  } finally {
    clearTimeout(timer)
    request.signal?.removeEventListener("abort", onAbort)
  }
}
