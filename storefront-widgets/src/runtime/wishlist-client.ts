import { type StoreRequest, storeFetch } from "./client.js"
import { TouchpointsError } from "./errors.js"
import { emit } from "./events.js"
import { wishlistState } from "./state.js"
import { forgetWishlistToken, getWishlistToken, setWishlistToken, WISHLIST_TOKEN_HEADER } from "./wishlist-token.js"

/** Keeps a guest token issued in the answer (`guest_token`; cross-origin pages cannot read the header). */
function keepIssuedToken(body: unknown): void {
  const token = body && typeof body === "object" ? (body as { guest_token?: unknown }).guest_token : undefined
  if (typeof token === "string" && token) setWishlistToken(token)
}

/**
 * `storeFetch` for the wishlist routes: waits for a running guest-list merge, sends the guest token as
 * `x-wishlist-token`, keeps a newly issued one, and when the backend refuses the token (401: forged, or signed
 * with an old secret) forgets it and tries once more without it. Failures fire `tp-error` on `reportTo`
 * (default `document`) once, not for the retried 401.
 */
export async function wishlistFetch<T>(path: string, request: StoreRequest = {}): Promise<T> {
  const merging = wishlistState().merging
  if (merging) await merging
  const token = getWishlistToken()
  const headers = token ? { ...request.headers, [WISHLIST_TOKEN_HEADER]: token } : request.headers
  try {
    const body = await storeFetch<T>(path, { ...request, headers, reportTo: token ? null : request.reportTo })
    keepIssuedToken(body)
    return body
  } catch (error) {
    if (!token) throw error
    if (error instanceof TouchpointsError && error.status === 401 && getWishlistToken() === token) {
      forgetWishlistToken()
      const body = await storeFetch<T>(path, request)
      keepIssuedToken(body)
      return body
    }
    if (error instanceof TouchpointsError && request.reportTo !== null) emit("tp-error", { error }, request.reportTo)
    throw error
  }
}
