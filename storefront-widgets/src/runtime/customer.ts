import { emit } from "./events.js"
import { customerSignedIn, invalidateWishlists, state } from "./state.js"
import { mergeGuestWishlists } from "./wishlist-merge.js"

/**
 * After a login or logout: a login while a guest wishlist token is stored first merges the guest's lists into the
 * customer's and forgets the guest token (the widgets' reads wait for it); a change makes the wishlist widgets
 * re-read their lists (`tp-wishlist-change`, reason "shopper"). Settles when the merge is done; never rejects.
 */
function shopperChanged(wasSignedIn: boolean, changed: boolean): Promise<void> {
  const merged = customerSignedIn() ? mergeGuestWishlists() : Promise.resolve()
  if (changed || wasSignedIn !== customerSignedIn()) {
    invalidateWishlists()
    emit("tp-wishlist-change", { reason: "shopper" })
  }
  return merged
}

/**
 * Sets (or with null clears) the customer's Medusa bearer token, sent as `Authorization: Bearer ...` on every
 * store call. Storefronts whose token is an httpOnly cookie (Medusa's Next.js starter) leave this unset, route
 * the calls through their own server and call `setSignedIn` instead (see README "Next.js storefronts").
 */
export function setCustomerToken(token: string | null): Promise<void> {
  const current = state()
  const wasSignedIn = customerSignedIn()
  const next = token || null
  const changed = current.customerToken !== next
  current.customerToken = next
  return shopperChanged(wasSignedIn, changed)
}

/**
 * Tells the widgets whether a customer is signed in when the storefront's server adds the customer's token to
 * their calls (the Next.js route handler of `@touchpoints/widgets/next`): the page never sees the token, yet
 * the widgets read the customer's lists and merge a guest's lists at login.
 */
export function setSignedIn(signedIn: boolean): Promise<void> {
  const current = state()
  const wasSignedIn = customerSignedIn()
  current.customerSession = signedIn
  return shopperChanged(wasSignedIn, false)
}
