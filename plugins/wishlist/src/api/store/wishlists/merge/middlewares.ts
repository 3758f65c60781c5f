import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { validateBody } from "@touchpoints/core/api"
import NodeCache from "node-cache"
import { customerIdOf, guestTokenHeader, wishlistService } from "../../../../lib/shopper"
import { guestKeyOf } from "../../../../lib/tokens"
import { mergeGuestWishlistsWorkflow } from "../../../../workflows/merge-guest-lists"
import { PostMerge } from "../validators"

/**
 * Guest keys merged in this process recently. Only an optimisation: merging is idempotent in the database
 * (a merged guest has no lists left), so another instance or an expired entry merely repeats a no-op.
 */
const recentlyMerged = new NodeCache({ stdTTL: 600, checkperiod: 120, maxKeys: 50_000, useClones: false })

/**
 * Merges a guest's lists into the customer's on the first authenticated store request that still carries
 * the guest token (Medusa has no login event). Runs before the route, so the answer already shows the
 * merged lists. A failure never fails the shopper's request: it is logged and retried on the next one.
 */
export async function mergeGuestListsOnLogin(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const customerId = customerIdOf(req)
  const token = customerId ? guestTokenHeader(req) : undefined
  if (!customerId || !token) return next()
  const guestKey = guestKeyOf(wishlistService(req).settings.share.keys, token)
  if (!guestKey || recentlyMerged.has(`${guestKey}:${customerId}`)) return next()
  try {
    await mergeGuestWishlistsWorkflow(req.scope).run({ input: { guest_key: guestKey, customer_id: customerId } })
    try {
      recentlyMerged.set(`${guestKey}:${customerId}`, true)
    } catch {
      recentlyMerged.flushAll() // maxKeys reached: start over rather than grow
    }
  } catch (error) {
    req.scope
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(
        `touchpoints: merging guest wishlists into customer ${customerId} failed, will retry: ${(error as Error).message}`
      )
  }
  return next()
}

export const storeWishlistMergeMiddlewares: MiddlewareRoute[] = [
  {
    // Any authenticated store request that still carries a guest token merges the guest's lists
    // into the customer's (Medusa has no login event).
    matcher: "/store/*",
    middlewares: [mergeGuestListsOnLogin],
  },
  { methods: ["POST"], matcher: "/store/wishlists/merge", middlewares: [validateBody(PostMerge)] },
]
