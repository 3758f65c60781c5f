import { emit } from "./events.js"
import { invalidateWishlists, state } from "./state.js"
import { mergeGuestWishlists } from "./wishlist-merge.js"

/**
 * Sets (or with null clears) the customer's Medusa bearer token, sent as `Authorization: Bearer ...` on every
 * store call. Storefronts whose token is an httpOnly cookie (Medusa's Next.js starter) leave this unset and
 * route customer calls through their own server instead (see README "Next.js").
 *
 * A new shopper makes the wishlist widgets re-read their lists (`tp-wishlist-change`, reason "shopper"). A login
 * while a guest wishlist token is stored first merges the guest's lists into the customer's and forgets the
 * guest token (the widgets' reads wait for it). The promise settles when the merge is done; it never rejects.
 */
export function setCustomerToken(token: string | null): Promise<void> {
  const current = state()
  const next = token || null
  const changed = current.customerToken !== next
  current.customerToken = next
  const merged = next ? mergeGuestWishlists() : Promise.resolve()
  if (changed) {
    invalidateWishlists()
    emit("tp-wishlist-change", { reason: "shopper" })
  }
  return merged
}
