import { errorAnswer, passBack } from "./answers.js"
import { customerTokenOf } from "./cookies.js"
import { checkBody } from "./request-body.js"
import { allowed, type ProxyMethod, type StoreRoute, TOUCHPOINTS_STORE_ROUTES } from "./routes.js"
import { crossSiteRefusal } from "./same-origin.js"

export interface TouchpointsProxyOptions {
  /** Where the storefront's server reaches Medusa, e.g. "http://localhost:9000" (a path prefix is kept). */
  backendUrl: string
  /** Sent on every call; without it the widget's own `x-publishable-api-key` goes through. */
  publishableKey?: string
  /** The httpOnly cookie holding the customer's Medusa token. Default "_medusa_jwt" (Medusa's starter). */
  customerCookie?: string
  /** Where the route handler is mounted: the widgets' `backend-url`. Default "/api/touchpoints". */
  mountPath?: string
  /** Largest request body passed on (413 beyond). Default 256 KB: a full event batch is well under 64 KB. */
  maxBodyBytes?: number
  /** Longest wait for Medusa's answer (504 after). Default 15 s. */
  timeoutMs?: number
  /** The routes passed on; default: every store route a widget calls (`TOUCHPOINTS_STORE_ROUTES`). */
  routes?: readonly StoreRoute[]
  /**
   * Other hosts whose pages may write through the handler (e.g. "www.shop.example" for a page on the apex).
   * Default: only the host the request was sent to; writes from any other `Origin` are refused with 403.
   */
  allowedOriginHosts?: readonly string[]
}

export type ProxyHandler = (request: Request) => Promise<Response>

/** Request headers a widget call may carry to Medusa. Cookies, authorization and hop-by-hop headers stay here. */
const FORWARDED = [
  "accept",
  "accept-language",
  "content-type",
  "user-agent",
  "x-medusa-locale",
  "x-publishable-api-key",
  "x-touchpoints-visitor",
  "x-wishlist-token",
]
const MAX_QUERY = 4096

/**
 * At most one plain `?locale=`. Medusa 2.21's own locale middleware, which runs before every store route, throws
 * on a repeated (`locale=a&locale=b`) or bracketed (`locale[x]=a`) one and that call then never gets an answer.
 */
function plainLocale(query: URLSearchParams): boolean {
  const names = [...query.keys()]
  return names.filter((name) => name === "locale").length <= 1 && !names.some((name) => name.startsWith("locale["))
}

/**
 * The browser's address as the storefront's server got it: the last `X-Forwarded-For` entry (the one the nearest
 * proxy, or Next itself, added; earlier ones are the browser's own claim). Medusa trusts one proxy hop, so it
 * counts rate limits per shopper instead of one count for the whole storefront.
 */
function clientAddress(request: Request): string | null {
  const last = request.headers.get("x-forwarded-for")?.split(",").at(-1)?.trim()
  return last && /^[0-9A-Fa-f:.]{2,45}$/.test(last) ? last : null
}

function trimmed(value: string): string {
  return value.replace(/\/+$/, "")
}

/** The path below the mount point ("/store/..."), or null when the request is not below it. */
function storePath(url: URL, mountPath: string): string | null {
  if (!url.pathname.startsWith(`${mountPath}/`)) return null
  return url.pathname.slice(mountPath.length)
}

function forwardedHeaders(request: Request, options: TouchpointsProxyOptions, cookie: string): Headers {
  const headers = new Headers()
  for (const name of FORWARDED) {
    const value = request.headers.get(name)
    if (value !== null) headers.set(name, value)
  }
  const client = clientAddress(request)
  if (client) headers.set("x-forwarded-for", client)
  if (options.publishableKey) headers.set("x-publishable-api-key", options.publishableKey)
  const token = customerTokenOf(request, cookie)
  if (token) headers.set("authorization", `Bearer ${token}`)
  return headers
}

/**
 * Route handlers that pass the widgets' store calls on to Medusa from the storefront's server, adding the
 * customer's token from the storefront's httpOnly cookie, so the token never reaches the page. Mount them as
 * `app/api/touchpoints/[...path]/route.ts`: `export const { GET, POST, DELETE } = createTouchpointsProxy({...})`
 * and point the widgets at it (`backend-url="/api/touchpoints"`).
 *
 * Only the allow-listed routes go through (404 for others, 405 for another method), only to `backendUrl`; a write
 * from another site is refused (403, see `crossSiteRefusal`); a POST, PUT or PATCH body must be JSON of at most
 * `maxBodyBytes` (400 when empty or malformed, 413/415 otherwise). Status and body come back unchanged,
 * marked `no-store`; Medusa unreachable gives 502, too slow 504, both in Medusa's error shape.
 */
export function createTouchpointsProxy(options: TouchpointsProxyOptions): Record<ProxyMethod, ProxyHandler> {
  const backend = new URL(trimmed(options.backendUrl))
  const mountPath = trimmed(options.mountPath ?? "/api/touchpoints")
  const cookie = options.customerCookie ?? "_medusa_jwt"
  const maxBodyBytes = options.maxBodyBytes ?? 256 * 1024
  const timeoutMs = options.timeoutMs ?? 15_000
  const routes = options.routes ?? TOUCHPOINTS_STORE_ROUTES

  const handle: ProxyHandler = async (request) => {
    const url = new URL(request.url)
    const path = storePath(url, mountPath)
    const verdict = path === null ? "unknown" : allowed(routes, request.method, path)
    if (path === null || verdict === "unknown") {
      return errorAnswer(404, "not_found", `${url.pathname} is not a Touchpoints store route.`)
    }
    if (verdict === "method") {
      return errorAnswer(405, "not_allowed", `${request.method} is not allowed on ${path}.`)
    }
    const crossSite = crossSiteRefusal(request, options.allowedOriginHosts)
    if (crossSite) return crossSite
    if (url.search.length > MAX_QUERY) {
      return errorAnswer(414, "invalid_data", `The query string is longer than ${MAX_QUERY} characters.`)
    }
    if (!plainLocale(url.searchParams)) {
      return errorAnswer(400, "invalid_data", "The locale query parameter must be given once, as one plain value.")
    }
    const checked = await checkBody(request, maxBodyBytes)
    if (!checked.ok) return checked.answer

    const target = new URL(`${trimmed(backend.pathname)}${path}${url.search}`, backend.origin)
    if (target.origin !== backend.origin) return errorAnswer(404, "not_found", `${path} is not a store route.`)
    try {
      const answer = await fetch(target, {
        method: request.method,
        headers: forwardedHeaders(request, options, cookie),
        body: checked.body,
        redirect: "manual",
        cache: "no-store",
        signal: AbortSignal.timeout(timeoutMs),
      })
      return await passBack(answer)
    } catch (error) {
      if (error instanceof DOMException && error.name === "TimeoutError") {
        return errorAnswer(504, "unexpected_state", `The shop backend did not answer within ${timeoutMs} ms.`)
      }
      return errorAnswer(502, "unexpected_state", "The shop backend could not be reached.", { "retry-after": "2" })
    }
  }
  return { GET: handle, POST: handle, PUT: handle, PATCH: handle, DELETE: handle }
}
