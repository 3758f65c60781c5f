import Medusa, { FetchError } from "@medusajs/js-sdk"

/**
 * The dashboard's own kind of client: same origin, the admin's session cookie (as Medusa's admin customization
 * guides set it up). One instance for every Touchpoints page and widget.
 */
export const sdk = new Medusa({ baseUrl: "/", auth: { type: "session" } })

/** What a failed admin call throws: Medusa's message, and the HTTP status (absent for a network failure). */
export type AdminApiError = Error & { status?: number }

/** What a call sends: the method and a JSON body. */
export type AdminRequest = { method?: "GET" | "POST" | "DELETE"; body?: unknown }

/**
 * Calls the store's admin API. A 4xx or 5xx throws an Error carrying Medusa's message (and the status), so forms
 * can show exactly what is wrong.
 */
export async function adminFetch<T>(path: string, init: AdminRequest = {}): Promise<T> {
  try {
    return await sdk.client.fetch<T>(path, {
      method: init.method ?? "GET",
      body: init.body as Record<string, unknown> | undefined,
    })
  } catch (error) {
    if (!(error instanceof FetchError)) throw error
    // a body without a message (a proxy's page) reads as "404 Not Found" rather than a bare "Not Found"
    const message =
      error.message && error.message !== error.statusText ? error.message : `${error.status} ${error.statusText}`
    throw Object.assign(new Error(message), { status: error.status })
  }
}

/** The answer, or null when the route does not exist (a 404: that touchpoint's plugin is not installed). */
export async function ifInstalled<T>(answer: Promise<T>): Promise<T | null> {
  try {
    return await answer
  } catch (error) {
    if ((error as AdminApiError).status === 404) return null
    throw error
  }
}
