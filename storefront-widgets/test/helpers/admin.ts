import { requireBackend } from "./backend"

/** The demo seed's admin user (`TP_ADMIN_EMAIL` / `TP_ADMIN_PASSWORD` for another store). */
const ADMIN = {
  email: process.env.TP_ADMIN_EMAIL || "admin@touchpoints.local",
  password: process.env.TP_ADMIN_PASSWORD || "supersecret",
}

let tokenPromise: Promise<string> | undefined
/** `POST /auth/user/emailpass`: the admin's bearer token (once per test file). */
function adminToken(): Promise<string> {
  tokenPromise ??= (async () => {
    const { url } = requireBackend()
    const response = await fetch(`${url}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(ADMIN),
    })
    const body = (await response.json()) as { token?: string; message?: string }
    if (!response.ok || !body.token) {
      throw new Error(`admin login as ${ADMIN.email} failed: ${response.status} ${body.message ?? ""}`)
    }
    return body.token
  })()
  return tokenPromise
}

/** Calls the Medusa admin API as the demo seed's admin (how the shop owner's screens do it). */
export async function adminCall<T>(path: string, body?: unknown): Promise<T> {
  const { url } = requireBackend()
  const response = await fetch(`${url}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: {
      authorization: `Bearer ${await adminToken()}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`admin ${body === undefined ? "GET" : "POST"} ${path}: ${response.status} ${text}`)
  return (text ? JSON.parse(text) : undefined) as T
}
