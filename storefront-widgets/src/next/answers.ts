/** Every answer of the proxy is personal (it may carry a customer's data): never stored by a cache. */
export const NO_STORE = "private, no-store"

/** An error the proxy answers itself, in Medusa's error shape `{ type, message }`. */
export function errorAnswer(status: number, type: string, message: string, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify({ type, message }), {
    status,
    headers: { ...headers, "content-type": "application/json; charset=utf-8", "cache-control": NO_STORE },
  })
}

/** Response headers passed back from Medusa; everything else (set-cookie, hop-by-hop, CORS) stays behind. */
const PASSED_BACK = ["content-type", "content-language", "retry-after", "x-wishlist-token"]

/** Medusa's answer as the page gets it: status and body unchanged, only the headers above, never cached. */
export async function passBack(answer: Response): Promise<Response> {
  const headers = new Headers({ "cache-control": NO_STORE })
  for (const name of PASSED_BACK) {
    const value = answer.headers.get(name)
    if (value !== null) headers.set(name, value)
  }
  const empty = answer.status === 204 || answer.status === 304
  const body = empty ? null : await answer.arrayBuffer()
  // a redirect is never followed by the page: Medusa's store routes do not send one, so show it as it came
  return new Response(body, { status: answer.status, headers })
}
