/** A bearer token's characters (JWT and opaque tokens alike); anything else is never put into a header. */
const TOKEN = /^[A-Za-z0-9._~+/=-]{1,8192}$/

/** The value of one cookie of a `Cookie` header, or undefined. */
export function readCookie(header: string | null, name: string): string | undefined {
  for (const pair of (header ?? "").split(";")) {
    const at = pair.indexOf("=")
    if (at < 0 || pair.slice(0, at).trim() !== name) continue
    const raw = pair.slice(at + 1).trim()
    try {
      return decodeURIComponent(raw)
    } catch {
      return raw
    }
  }
  return undefined
}

/** The customer's bearer token from the storefront's httpOnly cookie, when it holds a well-formed one. */
export function customerTokenOf(request: Request, cookieName: string): string | undefined {
  const token = readCookie(request.headers.get("cookie"), cookieName)
  return token && TOKEN.test(token) ? token : undefined
}
