import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "@touchpoints/core/api"
import { GetSharedWishlist } from "./validators"

export const storeSharedWishlistsMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/store/shared-wishlists/:token", middlewares: [validateQuery(GetSharedWishlist)] },
]
