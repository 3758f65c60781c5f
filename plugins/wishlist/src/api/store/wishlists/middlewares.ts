import type { MedusaRequest, MiddlewareRoute } from "@medusajs/framework/http"
import { paramSubject, rateLimit, unlessReserved, validateBody, validateQuery } from "@touchpoints/core/api"
import { customerIdOf, guestTokenHeader } from "../../../lib/shopper"
import { storeWishlistMergeMiddlewares } from "./merge/middlewares"
import {
  GetWishlists,
  PostMoveToCart,
  PostShare,
  PostWishlist,
  PostWishlistItem,
  UpdateWishlistItem,
} from "./validators"

/** A logged-in customer's new list is not a guest list: the guest-list budget does not count it. */
const isCustomer = (req: MedusaRequest): boolean => customerIdOf(req) !== null

/** A guest who already has a token counts against it too (a first list has none yet: the IP alone counts). */
function guestTokenSubject(req: MedusaRequest): string | null {
  const token = guestTokenHeader(req)
  return token && token.length <= 512 ? `guest:${token}` : null
}

export const storeWishlistsMiddlewares: MiddlewareRoute[] = [
  // first: the merge on login runs before every other store middleware and route
  ...storeWishlistMergeMiddlewares,
  { methods: ["GET"], matcher: "/store/wishlists", middlewares: [validateQuery(GetWishlists)] },
  {
    methods: ["POST"],
    matcher: "/store/wishlists",
    middlewares: [
      rateLimit("guestLists", { skip: isCustomer, subject: guestTokenSubject }),
      validateBody(PostWishlist),
    ],
  },
  { methods: ["GET"], matcher: "/store/wishlists/:id", middlewares: [validateQuery(GetWishlists)] },
  {
    methods: ["POST"],
    matcher: "/store/wishlists/:id",
    middlewares: [unlessReserved(validateBody(PostWishlist), ["merge"])],
  },
  { methods: ["POST"], matcher: "/store/wishlists/:id/items", middlewares: [validateBody(PostWishlistItem)] },
  {
    methods: ["POST"],
    matcher: "/store/wishlists/:id/items/:item_id",
    middlewares: [validateBody(UpdateWishlistItem)],
  },
  {
    methods: ["POST"],
    matcher: "/store/wishlists/:id/items/:item_id/move-to-cart",
    middlewares: [validateBody(PostMoveToCart)],
  },
  {
    methods: ["POST"],
    matcher: "/store/wishlists/:id/share",
    middlewares: [rateLimit("shareLinks", { subject: paramSubject("wishlist") }), validateBody(PostShare)],
  },
]
