import { storeHeaders } from "./http"

/**
 * Headers of one shopper of the wishlist API: `as()` an anonymous guest, `as(token)` the guest of a wishlist
 * token, `as(undefined, bearer)` a logged-in customer (both: a customer who still carries a guest token).
 */
export const shopperHeaders = (publishableKey: () => string) => (guestToken?: string, bearer?: string) =>
  storeHeaders(publishableKey(), {
    "x-wishlist-token": guestToken,
    authorization: bearer ? `Bearer ${bearer}` : undefined,
  })

export type ShopperHeaders = ReturnType<ReturnType<typeof shopperHeaders>>
