import { WISHLIST_TOKEN_KEY } from "./keys.js"
import { readItem, removeItem, writeItem } from "./storage.js"

/** Request and response header of a guest's wishlist token. */
export const WISHLIST_TOKEN_HEADER = "x-wishlist-token"

/** The guest's wishlist token (localStorage `tp_wishlist_token`), or null before the first save. */
export function getWishlistToken(): string | null {
  return readItem("local", WISHLIST_TOKEN_KEY) || null
}

/** Keeps a guest token the backend issued (`guest_token` in an answer body). */
export function setWishlistToken(token: string): void {
  writeItem("local", WISHLIST_TOKEN_KEY, token)
}

/** Forgets the guest token (after a merge into the customer's lists, or when the backend refused it). */
export function forgetWishlistToken(): void {
  removeItem("local", WISHLIST_TOKEN_KEY)
}
