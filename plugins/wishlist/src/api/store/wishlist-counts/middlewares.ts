import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "@touchpoints/core/api"
import { GetWishlistCounts } from "./validators"

export const storeWishlistCountsMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/store/wishlist-counts", middlewares: [validateQuery(GetWishlistCounts)] },
]
