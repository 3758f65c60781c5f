import "server-only"
import { cookies as nextCookies } from "next/headers"

const WEEK = 60 * 60 * 24 * 7

/**
 * Secure cookies in production, as in the starter. `next start` is production, and Chromium keeps Secure
 * cookies on http://localhost; set TP_INSECURE_COOKIES=1 to serve the build over plain HTTP on another host.
 */
export const SECURE_COOKIES = process.env.NODE_ENV === "production" && process.env.TP_INSECURE_COOKIES !== "1"

const httpOnlyCookie = { httpOnly: true, sameSite: "strict", secure: SECURE_COOKIES, path: "/" } as const

export async function getAuthHeaders(): Promise<{ authorization: string } | Record<string, never>> {
  const token = (await nextCookies()).get("_medusa_jwt")?.value
  return token ? { authorization: `Bearer ${token}` } : {}
}

export async function isSignedIn(): Promise<boolean> {
  return Boolean((await nextCookies()).get("_medusa_jwt")?.value)
}

/** `<tag>-<cache id>`: the shopper's own cache entries (the middleware sets `_medusa_cache_id`). */
export async function getCacheTag(tag: string): Promise<string> {
  const cacheId = (await nextCookies()).get("_medusa_cache_id")?.value
  return cacheId ? `${tag}-${cacheId}` : ""
}

export async function getCacheOptions(tag: string): Promise<{ tags: string[] } | Record<string, never>> {
  const cacheTag = await getCacheTag(tag)
  return cacheTag ? { tags: [cacheTag] } : {}
}

export async function setAuthToken(token: string): Promise<void> {
  ;(await nextCookies()).set("_medusa_jwt", token, { ...httpOnlyCookie, maxAge: WEEK })
}

export async function removeAuthToken(): Promise<void> {
  ;(await nextCookies()).set("_medusa_jwt", "", { ...httpOnlyCookie, maxAge: -1 })
}

export async function getCartId(): Promise<string | undefined> {
  return (await nextCookies()).get("_medusa_cart_id")?.value
}

export async function setCartId(cartId: string): Promise<void> {
  ;(await nextCookies()).set("_medusa_cart_id", cartId, { ...httpOnlyCookie, maxAge: WEEK })
}

export async function removeCartId(): Promise<void> {
  ;(await nextCookies()).set("_medusa_cart_id", "", { ...httpOnlyCookie, maxAge: -1 })
}
