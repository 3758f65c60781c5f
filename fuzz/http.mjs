// The one way the fuzzer talks to the server: loopback only, bounded by a per-request timeout.

/** The backend URL, refused unless its host is loopback (the fuzzer never targets another machine). */
export function loopbackUrl(text) {
  const url = new URL(text)
  const host = url.hostname.replace(/^\[|\]$/g, "")
  const loopback = host === "localhost" || host === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
  if (!loopback || !/^https?:$/.test(url.protocol)) {
    throw new Error(`TP_BACKEND_URL must be an http(s) URL on loopback (localhost, 127.x, ::1), got ${text}`)
  }
  return url.origin
}

/**
 * Sends one request; `body` is { json } or { raw }. Never throws on an HTTP status. A connection the server
 * closed as it was reused (its keep-alive ran out) is retried once on a new one; a second failure is reported.
 */
export async function send(base, method, path, options = {}) {
  const first = await sendOnce(base, method, path, options)
  return first.status === 0 && first.error !== "timeout" ? sendOnce(base, method, path, options) : first
}

async function sendOnce(
  base,
  method,
  path,
  { headers = {}, body, timeoutMs = Number(process.env.FUZZ_TIMEOUT_MS || 20_000) } = {}
) {
  const init = { method, headers: { ...headers }, signal: AbortSignal.timeout(timeoutMs), redirect: "manual" }
  if (body && method !== "GET") {
    init.headers["content-type"] = "application/json"
    init.body = "raw" in body ? body.raw : JSON.stringify(body.json)
  }
  try {
    const response = await fetch(`${base}${path}`, init)
    const text = await response.text()
    let json
    try {
      json = JSON.parse(text)
    } catch {
      json = undefined
    }
    return { status: response.status, text, json }
  } catch (error) {
    return {
      status: 0,
      text: "",
      json: undefined,
      error: error.name === "TimeoutError" ? "timeout" : `${error.message} (${error.cause?.message ?? "no cause"})`,
    }
  }
}

/** Like send, but throws unless the status is 2xx (set-up calls must work). */
export async function must(base, method, path, options) {
  const result = await send(base, method, path, options)
  if (result.status < 200 || result.status >= 300) {
    throw new Error(`set-up ${method} ${path} answered ${result.status}: ${result.text.slice(0, 300)}`)
  }
  return result.json
}
