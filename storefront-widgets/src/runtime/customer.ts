import { state } from "./state.js"

/**
 * Sets (or with null clears) the customer's Medusa bearer token, sent as `Authorization: Bearer ...` on every
 * store call. Storefronts whose token is an httpOnly cookie (Medusa's Next.js starter) leave this unset and
 * route customer calls through their own server instead (see README "Next.js").
 */
export function setCustomerToken(token: string | null): void {
  state().customerToken = token || null
}
