import type { MiddlewareRoute } from "@medusajs/framework/http"
import { paramSubject, rateLimit, unlessReserved, validateBody, validateQuery } from "@touchpoints/core/api"
import { guestTokenSubject, isCustomer } from "../../utils/guest-list-rate-limit"
import { mergeGuestListsOnLogin } from "../../utils/merge-on-login-middleware"
import {
  GetWishlistCounts,
  GetWishlists,
  PostMerge,
  PostMoveToCart,
  PostSaveForLater,
  PostShare,
  PostWishlist,
  PostWishlistItem,
  UpdateWishlistItem,
} from "./validators"

export const storeWishlistsMiddlewares: MiddlewareRoute[] = [
  {
    // Any authenticated store request that still carries a guest token merges the guest's lists
    // into the customer's (Medusa has no login event).
    matcher: "/store/*",
    middlewares: [mergeGuestListsOnLogin],
  },
  { methods: ["GET"], matcher: "/store/wishlists", middlewares: [validateQuery(GetWishlists)] },
  {
    methods: ["POST"],
    matcher: "/store/wishlists",
    middlewares: [
      rateLimit("guestLists", { skip: isCustomer, subject: guestTokenSubject }),
      validateBody(PostWishlist),
    ],
  },
  { methods: ["POST"], matcher: "/store/wishlists/merge", middlewares: [validateBody(PostMerge)] },
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
  {
    methods: ["POST"],
    matcher: "/store/carts/:id/line-items/:line_id/save-for-later",
    middlewares: [validateBody(PostSaveForLater)],
  },
  { methods: ["GET"], matcher: "/store/shared-wishlists/:token", middlewares: [validateQuery(GetWishlists)] },
  { methods: ["GET"], matcher: "/store/wishlist-counts", middlewares: [validateQuery(GetWishlistCounts)] },
]
