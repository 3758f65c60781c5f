/** A Medusa error body: `{ type, message }`. */
type MedusaErrorBody = { type?: string; message?: string }

/**
 * Calls the store's admin API from the dashboard (same origin, the admin's session cookie). A 4xx or 5xx
 * throws an Error carrying Medusa's message, so forms can show exactly what is wrong.
 */
export async function adminFetch<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(path, {
    method: init.method ?? "GET",
    credentials: "include",
    headers: init.body === undefined ? {} : { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const body = (await response.json().catch(() => ({}))) as T & MedusaErrorBody
  if (!response.ok) {
    throw Object.assign(new Error(body.message ?? `${response.status} ${response.statusText}`), {
      status: response.status,
    })
  }
  return body
}
