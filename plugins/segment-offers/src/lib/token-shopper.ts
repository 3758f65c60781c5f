import { MedusaError } from "@medusajs/framework/utils"
import type { SigningKeys } from "@touchpoints/core/lib"
import { verifyOfferToken } from "./offer-token"

/**
 * The customer an emailed offer link speaks for. A logged-in shopper can only use a link sent to them; a
 * forged, expired or foreign link is the same 404.
 */
export function customerOfToken(keys: SigningKeys, token: string, loggedIn: string | null) {
  const claim = verifyOfferToken(keys, token)
  if (!claim || (loggedIn && loggedIn !== claim.customerId)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This offer link is not valid or has expired")
  }
  return claim
}
