import { storeFetch } from "./client.js"
import { TouchpointsError } from "./errors.js"
import { customerSignedIn, wishlistState } from "./state.js"
import { forgetWishlistToken, getWishlistToken } from "./wishlist-token.js"

/**
 * Moves a guest's lists into the logged-in customer's (`POST /store/wishlists/merge { guest_token }`) and forgets
 * the guest token. Does nothing without a guest token and a signed-in customer; one merge at a time, and wishlist calls wait for it. A token
 * the backend refuses (400) is forgotten too; after other failures it is kept (the backend also merges on any
 * logged-in wishlist call that still carries it). Never rejects: failures fire `tp-error`.
 */
export function mergeGuestWishlists(): Promise<void> {
  const current = wishlistState()
  if (current.merging) return current.merging
  const guestToken = getWishlistToken()
  if (!guestToken || !customerSignedIn()) return Promise.resolve()
  const merging = storeFetch("/store/wishlists/merge", { body: { guest_token: guestToken } })
    .then(
      () => forgetWishlistToken(),
      (error) => {
        if (error instanceof TouchpointsError && error.status === 400) forgetWishlistToken()
      }
    )
    .finally(() => {
      current.merging = null
    })
  current.merging = merging
  return merging
}
