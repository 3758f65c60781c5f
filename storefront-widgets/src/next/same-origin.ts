import { errorAnswer } from "./answers.js"

/** Methods that change something: a page of another site must not send them through the storefront. */
const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"])

/** The host the browser asked for: a proxy's `x-forwarded-host` first (as Next's server actions read it). */
function requestedHost(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim()
  return forwarded || request.headers.get("host") || new URL(request.url).host
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host
  } catch {
    return null // "null" (a sandboxed frame, a privacy redirect) or garbage
  }
}

/**
 * The 403 for a cross-site write, or null for a call the proxy may pass on. The customer's cookie rides along on
 * every call, so a write from another site would act as the customer (CSRF): SameSite alone is not a defence
 * (same-site subdomains, older browsers). A write is refused when the browser says `Sec-Fetch-Site: cross-site`
 * or sends an `Origin` whose host is neither the requested host nor one of `allowedHosts`. A call without
 * either header is no browser's cross-site call (browsers send `Origin` on every POST, PUT, PATCH and DELETE).
 */
export function crossSiteRefusal(request: Request, allowedHosts: readonly string[] = []): Response | null {
  if (!WRITES.has(request.method)) return null
  const refuse = () =>
    errorAnswer(403, "not_allowed", "A write from another site is not passed on (Origin / Sec-Fetch-Site).")
  if (request.headers.get("sec-fetch-site") === "cross-site") return refuse()
  const origin = request.headers.get("origin")
  if (origin === null) return null
  const host = hostOf(origin)
  return host !== null && (host === requestedHost(request) || allowedHosts.includes(host)) ? null : refuse()
}
