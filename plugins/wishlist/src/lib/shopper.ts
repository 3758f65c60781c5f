import type { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { WISHLIST_MODULE } from "../modules/wishlist"
import type { Owner } from "../modules/wishlist/lib/types"
import type WishlistModuleService from "../modules/wishlist/service"
import { guestKeyOf, issueGuestToken } from "./tokens"

export const GUEST_TOKEN_HEADER = "x-wishlist-token"

export type Shopper = {
  /** Whose lists: the logged-in customer, else the guest of the token; null for a guest without one. */
  owner: Owner | null
  customerId: string | null
  /** A guest token issued by this request (tell the client). */
  issuedToken?: string
}

export function wishlistService(req: MedusaRequest): WishlistModuleService {
  return req.scope.resolve<WishlistModuleService>(WISHLIST_MODULE)
}

export function customerIdOf(req: MedusaRequest): string | null {
  const auth = (req as AuthenticatedMedusaRequest).auth_context
  return auth?.actor_type === "customer" && auth.actor_id ? auth.actor_id : null
}

/** The guest token header as sent (a string), or undefined. */
export function guestTokenHeader(req: MedusaRequest): string | undefined {
  const header = req.headers[GUEST_TOKEN_HEADER]
  return typeof header === "string" && header ? header : undefined
}

/**
 * Who is asking. A logged-in customer is always the owner (their guest lists were merged by the
 * auto-merge middleware). A guest token this shop did not sign is a 401, so a client drops it.
 */
export function shopperOf(req: MedusaRequest): Shopper {
  const customerId = customerIdOf(req)
  if (customerId) return { owner: { kind: "customer", customerId }, customerId }
  const token = guestTokenHeader(req)
  if (!token) return { owner: null, customerId: null }
  const guestKey = guestKeyOf(wishlistService(req).settings.share.keys, token)
  if (!guestKey) {
    throw new MedusaError(
      MedusaError.Types.UNAUTHORIZED,
      `Header ${GUEST_TOKEN_HEADER} is not a valid wishlist token: drop it and start a new list`
    )
  }
  return { owner: { kind: "guest", guestKey }, customerId: null }
}

/** Like `shopperOf`, but a guest without a token gets a new one (in the body and the response header). */
export function shopperForWrite(req: MedusaRequest, res: MedusaResponse): Shopper & { owner: Owner } {
  const shopper = shopperOf(req)
  if (shopper.owner) return shopper as Shopper & { owner: Owner }
  const { token, guestKey } = issueGuestToken(wishlistService(req).settings.share.keys)
  res.setHeader(GUEST_TOKEN_HEADER, token)
  return { owner: { kind: "guest", guestKey }, customerId: null, issuedToken: token }
}

/** `{ guest_token }` when this request issued one, else nothing: spread into answers. */
export function issued(shopper: Shopper): { guest_token?: string } {
  return shopper.issuedToken ? { guest_token: shopper.issuedToken } : {}
}

export function requireOwner(shopper: Shopper, what: string): Owner {
  if (!shopper.owner) throw new MedusaError(MedusaError.Types.NOT_FOUND, `${what} was not found`)
  return shopper.owner
}

/** The sales channel of the publishable key (stock and availability are read there). */
export function salesChannelOf(req: MedusaRequest): string | null {
  const context = (req as MedusaRequest & { publishable_key_context?: { sales_channel_ids?: string[] } })
    .publishable_key_context
  return context?.sales_channel_ids?.[0] ?? null
}
